import type { SatteriProcessorOptions } from "@astrojs/markdown-satteri";

/**
 * The plugin objects Astro's Markdown processor (Sätteri) runs, taken from its own options type:
 * an entry of the list that is neither a factory function nor a nested list.
 */
type PluginOf<List> = Exclude<
  NonNullable<List> extends readonly (infer Entry)[] ? Entry : never,
  ((...args: never[]) => unknown) | readonly unknown[] | null | undefined | false
>;
export type MdastPlugin = PluginOf<SatteriProcessorOptions["mdastPlugins"]>;
export type HastPlugin = PluginOf<SatteriProcessorOptions["hastPlugins"]>;
