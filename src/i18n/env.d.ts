/** Set by astro.config.mjs: whether any translation is published, so the chapter script keeps the reader's place in the language switch. */
interface ImportMetaEnv {
  readonly EDITION_SWITCH: boolean;
}
