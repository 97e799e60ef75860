import type { Dataset } from "../data/buildDataset.ts";
import type { SeriesBreak } from "../data/breakSchema.ts";
import { joinTradeSeries } from "../data/joinTradeSeries.ts";
import type { Flow, Partner, TradeRow } from "../data/schema.ts";

/**
 * The check language of the site's own prose: one expression that must hold for the sentence beside it
 * to be true, evaluated against the dataset when the site builds. A writer adds it in one line:
 *
 *   <Check claim="share(china, export, 2023) > share(russia, export, 2023)" />
 *
 * Figures (Kazakhstan's by the join rule unless a series is named; missing data is an error, never a zero):
 *   share(partner, flow, year[, series])   a partner's share of Kazakhstan's exports or imports, per cent
 *   usd(partner, flow, year[, series])     Kazakhstan's exports to / imports from a partner, US dollars
 *   turnover(partner, year[, series])      exports plus imports with a partner, US dollars
 *   china(flow, year)                      China's own figure for its exports to / imports from Kazakhstan
 *   chinaTurnover(year)                    China's exports plus imports with Kazakhstan
 *   russia(flow, year)                     Russia's own figure for its exports to / imports from Kazakhstan (1995-2020)
 *   russiaTurnover(year)                   Russia's exports plus imports with Kazakhstan
 *   growth(year[, wb-wdi|imf-weo])         real GDP growth, per cent (World Bank unless named)
 *   exportShare(fuel|ores-metals, year)    share of goods exports, per cent (World Bank)
 *   seriesGap(partner, flow, year)         the Bureau's figure over the IMF's, minus 1, in a year both publish
 *   forecast(EBRD|IMF, year)               a growth estimate or forecast quoted at the time (forecasts.csv), per cent
 *   deals(2015|2018)                       the sum of the deals an article reports (deals.csv), US dollars
 * Arithmetic + - * /, comparisons > >= < <= == !=, and/or/not, abs(x), round(x, digits), min(a, b), max(a, b).
 * Over a range of years: all(y in 2018..2020: …), any(y in …: …), maxYear(y in …: …), minYear(y in …: …).
 *
 * A comparison or trend whose figures lie on both sides of a break in content/data/breaks.yaml (or, for a
 * recording change, touch its years) is refused unless the sentence declares it: acrossBreak="customs-union".
 */

/** A figure an expression read: enough to say which breaks it touches. */
export interface FigureRead {
  reporter: "kazakhstan" | "china" | "russia" | "other";
  partner?: Partner;
  measure: "share" | "value" | "other";
  year: number;
}

export interface CheckOutcome {
  /** Whether the expression holds. */
  holds: boolean;
  /** The breaks (not events) the expression's figures span or touch. */
  crossed: SeriesBreak[];
  /** Every figure read, in order. */
  reads: FigureRead[];
}

export class CheckSyntaxError extends Error {}

type Token = { kind: "num"; value: number } | { kind: "id"; value: string } | { kind: "op"; value: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:\.\d+)?(?:e\d+)?)|([a-zA-Z][a-zA-Z0-9]*(?:-[a-zA-Z][a-zA-Z0-9]*)*)|(\.\.|>=|<=|==|!=|[-+*/()<>,:]))/y;
  let at = 0;
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break;
    pattern.lastIndex = at;
    const m = pattern.exec(source);
    if (!m) throw new CheckSyntaxError(`cannot read “${source.slice(at).trim()}”`);
    if (m[1] !== undefined) tokens.push({ kind: "num", value: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ kind: "id", value: m[2] });
    else tokens.push({ kind: "op", value: m[3]! });
    at = pattern.lastIndex;
  }
  return tokens;
}

type Node =
  | { t: "num"; value: number }
  | { t: "sym"; name: string }
  | { t: "unary"; op: string; arg: Node }
  | { t: "bin"; op: string; left: Node; right: Node }
  | { t: "call"; name: string; args: Node[] }
  | { t: "range"; name: string; variable: string; from: number; to: number; body: Node };

const QUANTIFIERS = new Set(["all", "any", "maxYear", "minYear"]);

function parseExpression(source: string): Node {
  const tokens = tokenize(source);
  let i = 0;
  const peek = () => tokens[i];
  const isOp = (value: string) => peek()?.kind === "op" && peek()!.value === value;
  const isWord = (value: string) => peek()?.kind === "id" && peek()!.value === value;
  const expect = (value: string) => {
    if (!isOp(value) && !isWord(value)) throw new CheckSyntaxError(`expected “${value}” in “${source}”`);
    i++;
  };
  const number = (): number => {
    const negative = isOp("-") ? (i++, -1) : 1;
    const token = tokens[i++];
    if (token?.kind !== "num") throw new CheckSyntaxError(`expected a year in “${source}”`);
    return negative * token.value;
  };

  const or = (): Node => {
    let left = and();
    while (isWord("or")) {
      i++;
      left = { t: "bin", op: "or", left, right: and() };
    }
    return left;
  };
  const and = (): Node => {
    let left = not();
    while (isWord("and")) {
      i++;
      left = { t: "bin", op: "and", left, right: not() };
    }
    return left;
  };
  const not = (): Node => (isWord("not") ? (i++, { t: "unary", op: "not", arg: not() }) : comparison());
  const comparison = (): Node => {
    const left = sum();
    const token = peek();
    if (token?.kind === "op" && [">", "<", ">=", "<=", "==", "!="].includes(token.value)) {
      i++;
      return { t: "bin", op: token.value, left, right: sum() };
    }
    return left;
  };
  const sum = (): Node => {
    let left = product();
    while (isOp("+") || isOp("-")) {
      const op = tokens[i++]!.value as string;
      left = { t: "bin", op, left, right: product() };
    }
    return left;
  };
  const product = (): Node => {
    let left = unary();
    while (isOp("*") || isOp("/")) {
      const op = tokens[i++]!.value as string;
      left = { t: "bin", op, left, right: unary() };
    }
    return left;
  };
  const unary = (): Node => (isOp("-") ? (i++, { t: "unary", op: "-", arg: unary() }) : primary());
  const primary = (): Node => {
    const token = tokens[i++];
    if (!token) throw new CheckSyntaxError(`“${source}” ends too soon`);
    if (token.kind === "num") return { t: "num", value: token.value };
    if (token.kind === "op" && token.value === "(") {
      const inner = or();
      expect(")");
      return inner;
    }
    if (token.kind !== "id") throw new CheckSyntaxError(`unexpected “${token.value}” in “${source}”`);
    if (!isOp("(")) return { t: "sym", name: token.value };
    i++;
    if (QUANTIFIERS.has(token.value)) {
      const variable = tokens[i++];
      if (variable?.kind !== "id")
        throw new CheckSyntaxError(`${token.value}(…) needs a year variable, as in ${token.value}(y in 2018..2020: …)`);
      expect("in");
      const from = number();
      expect("..");
      const to = number();
      expect(":");
      const body = or();
      expect(")");
      return { t: "range", name: token.value, variable: variable.value, from, to, body };
    }
    const args: Node[] = [];
    if (!isOp(")")) {
      args.push(or());
      while (isOp(",")) {
        i++;
        args.push(or());
      }
    }
    expect(")");
    return { t: "call", name: token.value, args };
  };

  const tree = or();
  if (i < tokens.length) throw new CheckSyntaxError(`unexpected “${String(tokens[i]!.value)}” in “${source}”`);
  return tree;
}

const PARTNERS = new Set<string>(["world", "china", "russia", "eu27", "rest-of-world"]);
const FLOWS = new Set<string>(["export", "import"]);

type Value = number | boolean;

/** Evaluates an expression against the dataset, recording each figure it reads. */
function evaluate(node: Node, data: Dataset, reads: FigureRead[], scope: Record<string, number>): Value {
  const num = (n: Node): number => {
    const v = evaluate(n, data, reads, scope);
    if (typeof v !== "number") throw new CheckSyntaxError("expected a number, got a true/false test");
    return v;
  };
  const bool = (n: Node): boolean => {
    const v = evaluate(n, data, reads, scope);
    if (typeof v !== "boolean") throw new CheckSyntaxError("expected a test (a comparison), got a number");
    return v;
  };
  const word = (n: Node | undefined, allowed: Set<string>, what: string): string => {
    if (n?.t !== "sym" || !allowed.has(n.name)) throw new CheckSyntaxError(`expected ${what} (${[...allowed].join(", ")})`);
    return n.name;
  };
  switch (node.t) {
    case "num":
      return node.value;
    case "sym": {
      const bound = scope[node.name];
      if (bound === undefined) throw new CheckSyntaxError(`“${node.name}” is not a number here`);
      return bound;
    }
    case "unary":
      return node.op === "not" ? !bool(node.arg) : -num(node.arg);
    case "bin": {
      if (node.op === "and") return bool(node.left) && bool(node.right);
      if (node.op === "or") return bool(node.left) || bool(node.right);
      const a = num(node.left);
      const b = num(node.right);
      switch (node.op) {
        case "+":
          return a + b;
        case "-":
          return a - b;
        case "*":
          return a * b;
        case "/":
          return a / b;
        case ">":
          return a > b;
        case "<":
          return a < b;
        case ">=":
          return a >= b;
        case "<=":
          return a <= b;
        case "==":
          return a === b;
        default:
          return a !== b;
      }
    }
    case "range": {
      const years: number[] = [];
      for (let y = node.from; y <= node.to; y++) years.push(y);
      const at = (y: number) => evaluate(node.body, data, reads, { ...scope, [node.variable]: y });
      if (node.name === "all") return years.every((y) => at(y) === true);
      if (node.name === "any") return years.some((y) => at(y) === true);
      const values = years.map((y) => ({ y, v: at(y) }));
      if (values.some((x) => typeof x.v !== "number")) throw new CheckSyntaxError(`${node.name}(…) needs a number for each year`);
      const pick = values.reduce((best, x) => ((node.name === "maxYear" ? x.v > best.v : x.v < best.v) ? x : best));
      return pick.y;
    }
    case "call": {
      const a = node.args;
      const series = (n: Node | undefined) => (n === undefined ? undefined : word(n, new Set(["imf-dots", "bns"]), "a series"));
      const kazakhstan = (partner: string, flow: string, year: number, s?: string): TradeRow => {
        const rows = s ? data.trade.filter((r) => r.series === s) : joinTradeSeries(data.trade);
        const row = rows.find((r) => r.reporter === "kazakhstan" && r.partner === partner && r.flow === flow && r.year === year);
        if (!row) throw new CheckSyntaxError(`no figure in content/data for ${partner} ${flow} ${year}${s ? ` (${s})` : ""}`);
        return row;
      };
      const chinaRow = (flow: string, year: number): TradeRow => {
        const row = data.trade.find((r) => r.series === "imf-dots-china" && r.flow === flow && r.year === year);
        if (!row) throw new CheckSyntaxError(`no figure in content/data for China's ${flow}s with Kazakhstan in ${year}`);
        return row;
      };
      const russiaRow = (flow: string, year: number): TradeRow => {
        const row = data.trade.find((r) => r.series === "imf-dots-russia" && r.flow === flow && r.year === year);
        if (!row)
          throw new CheckSyntaxError(
            `no figure in content/data for Russia's ${flow}s with Kazakhstan in ${year} (Russia's figures end in 2020)`,
          );
        return row;
      };
      switch (node.name) {
        case "share":
        case "usd": {
          const partner = word(a[0], PARTNERS, "a partner");
          const flow = word(a[1], FLOWS, "a flow");
          const year = num(a[2]!);
          const row = kazakhstan(partner, flow, year, series(a[3]));
          reads.push({ reporter: "kazakhstan", partner: partner as Partner, measure: node.name === "share" ? "share" : "value", year });
          return node.name === "share" ? row.share_pct : row.value_usd;
        }
        case "turnover": {
          const partner = word(a[0], PARTNERS, "a partner");
          const year = num(a[1]!);
          const s = series(a[2]);
          reads.push({ reporter: "kazakhstan", partner: partner as Partner, measure: "value", year });
          return kazakhstan(partner, "export", year, s).value_usd + kazakhstan(partner, "import", year, s).value_usd;
        }
        case "china": {
          const flow = word(a[0], FLOWS, "a flow") as Flow;
          const year = num(a[1]!);
          reads.push({ reporter: "china", partner: "kazakhstan", measure: "value", year });
          return chinaRow(flow, year).value_usd;
        }
        case "chinaTurnover": {
          const year = num(a[0]!);
          reads.push({ reporter: "china", partner: "kazakhstan", measure: "value", year });
          return chinaRow("export", year).value_usd + chinaRow("import", year).value_usd;
        }
        case "russia": {
          const flow = word(a[0], FLOWS, "a flow") as Flow;
          const year = num(a[1]!);
          reads.push({ reporter: "russia", partner: "kazakhstan", measure: "value", year });
          return russiaRow(flow, year).value_usd;
        }
        case "russiaTurnover": {
          const year = num(a[0]!);
          reads.push({ reporter: "russia", partner: "kazakhstan", measure: "value", year });
          return russiaRow("export", year).value_usd + russiaRow("import", year).value_usd;
        }
        case "growth": {
          const year = num(a[0]!);
          const s = a[1] === undefined ? "wb-wdi" : word(a[1], new Set(["wb-wdi", "imf-weo"]), "a growth series");
          const row = data.gdp.find((r) => r.series === s && r.year === year);
          if (!row) throw new CheckSyntaxError(`no growth figure in content/data for ${year} (${s})`);
          reads.push({ reporter: "other", measure: "other", year });
          return row.growth_pct;
        }
        case "exportShare": {
          const indicator = word(a[0], new Set(["fuel", "ores-metals"]), "an export indicator");
          const year = num(a[1]!);
          const row = data.exportShares.find((r) => r.indicator === indicator && r.year === year);
          if (!row) throw new CheckSyntaxError(`no ${indicator} export share in content/data for ${year}`);
          reads.push({ reporter: "other", measure: "other", year });
          return row.share_pct;
        }
        case "seriesGap": {
          const partner = word(a[0], PARTNERS, "a partner");
          const flow = word(a[1], FLOWS, "a flow");
          const year = num(a[2]!);
          reads.push({ reporter: "other", measure: "other", year });
          return kazakhstan(partner, flow, year, "bns").value_usd / kazakhstan(partner, flow, year, "imf-dots").value_usd - 1;
        }
        case "forecast": {
          const by = a[0]?.t === "sym" ? a[0].name : "";
          const year = num(a[1]!);
          const row = data.forecasts.find((r) => r.made_by === by && r.year === year);
          if (!row) throw new CheckSyntaxError(`no forecast by ${by} for ${year} in content/data/forecasts.csv`);
          reads.push({ reporter: "other", measure: "other", year });
          return row.growth_pct;
        }
        case "deals": {
          const article = String(num(a[0]!));
          const rows = data.deals.filter((d) => d.article === article);
          if (rows.length === 0) throw new CheckSyntaxError(`no deals for the ${article} article in content/data/deals.csv`);
          return rows.reduce((sum, d) => sum + d.amount_usd, 0);
        }
        case "abs":
          return Math.abs(num(a[0]!));
        case "round": {
          const factor = 10 ** (a[1] ? num(a[1]) : 0);
          return Math.round(num(a[0]!) * factor) / factor;
        }
        case "min":
          return Math.min(num(a[0]!), num(a[1]!));
        case "max":
          return Math.max(num(a[0]!), num(a[1]!));
        default:
          throw new CheckSyntaxError(`no function ${node.name}(…); see src/claims/proseCheck.ts`);
      }
    }
  }
}

/** Whether a figure is one a break changes: its reporter and partner, or any share when the total is affected. */
function affected(read: FigureRead, b: SeriesBreak): boolean {
  return (b.affects ?? []).some(
    (a) =>
      read.reporter === a.reporter &&
      ((read.partner !== undefined && a.partners.includes(read.partner)) || (read.measure === "share" && a.partners.includes("world"))),
  );
}

/** The breaks an expression's figures cross: on both sides of one, or (a recording change) inside its years. */
export function breaksCrossed(reads: readonly FigureRead[], all: readonly SeriesBreak[]): SeriesBreak[] {
  return all.filter((b) => {
    if (b.kind === "event") return false;
    const years = reads.filter((r) => affected(r, b)).map((r) => r.year);
    if (years.length === 0) return false;
    const [low, high] = [Math.min(...years), Math.max(...years)];
    const straddles = low < b.to && high > b.from;
    const inside = b.kind === "recording-change" && years.some((y) => y >= b.from && y <= b.to);
    return straddles || inside;
  });
}

/** Evaluates one check. A syntax mistake or a missing figure throws CheckSyntaxError. */
export function evaluateCheck(expression: string, data: Dataset, all: readonly SeriesBreak[]): CheckOutcome {
  const reads: FigureRead[] = [];
  const value = evaluate(parseExpression(expression), data, reads, {});
  if (typeof value !== "boolean") throw new CheckSyntaxError(`“${expression}” is a number, not a test: compare it with something`);
  return { holds: value, crossed: breaksCrossed(reads, all), reads };
}

/**
 * What is wrong with a sentence's check, or undefined when it holds: the expression is false, or it spans
 * a break the sentence does not declare (and name in its words), or it declares a break it does not span.
 * A translation's sentence (`translated`) is not searched for the break's English name: its English source,
 * which has the same check in the same paragraph (src/i18n/completeness.ts), is.
 */
export function proseCheckProblem(
  check: { claim: string; acrossBreak?: string; sentence: string; translated?: boolean },
  data: Dataset,
  all: readonly SeriesBreak[],
): string | undefined {
  let outcome: CheckOutcome;
  try {
    outcome = evaluateCheck(check.claim, data, all);
  } catch (error) {
    if (error instanceof CheckSyntaxError) return `the check “${check.claim}” cannot be evaluated: ${error.message}`;
    throw error;
  }
  if (!outcome.holds) return `the data no longer bear out this sentence: “${check.claim}” is false`;
  const declared = (check.acrossBreak ?? "").split(/[\s,]+/).filter(Boolean);
  for (const id of declared) {
    const known = all.find((b) => b.id === id && b.kind !== "event");
    if (!known)
      return `acrossBreak="${id}" names no break in content/data/breaks.yaml; breaks are ${all
        .filter((b) => b.kind !== "event")
        .map((b) => b.id)
        .join(", ")}`;
    const names = known.names ?? [known.label];
    if (!check.translated && !names.some((name) => check.sentence.toLowerCase().includes(name.toLowerCase()))) {
      return `acrossBreak="${id}" is declared, but the sentence does not name the break (say ${names.map((n) => `“${n}”`).join(" or ")})`;
    }
  }
  for (const b of outcome.crossed) {
    if (!declared.includes(b.id)) {
      return `“${check.claim}” compares figures across the break “${b.id}” (${b.title}, ${b.from}-${b.to}); say so in the sentence and declare acrossBreak="${b.id}", or compare years on one side`;
    }
  }
  return undefined;
}
