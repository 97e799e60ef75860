import { readFileSync } from "node:fs";
import { HtmlValidate, StaticConfigLoader } from "html-validate";

/**
 * html-validate (pure JavaScript, no Java) with its "standard" preset: the HTML standard's own rules
 * (content models, nesting, duplicate ids, obsolete elements, attribute values), none of its style
 * opinions. It runs on every machine; the W3C Nu checker (nuHtmlChecker.ts) adds its stricter reading
 * where Java is installed, and always in CI.
 */
const validator = new HtmlValidate(new StaticConfigLoader({ extends: ["html-validate:standard"] }));

/** One line per error in an HTML file: where it is, what it says and the rule that says it. */
export async function htmlValidateErrors(file: string): Promise<string[]> {
  const report = await validator.validateString(readFileSync(file, "utf8"), file);
  return report.results.flatMap((result) =>
    result.messages
      .filter((m) => m.severity === 2)
      .map((m) => `line ${m.line}:${m.column}: ${m.message} (${m.ruleId}) [${m.selector ?? ""}]`),
  );
}
