// Orders received month by month, this year beside the same month last year, drawn with visx (decision
// 012). Following the design system's guidance for charts: the years differ by fill and by pattern, not by
// colour alone; a text summary says what the chart shows; the same data stands as a table below it, so the
// drawing itself is one image to a screen reader, named by the summary.
import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { PatternLines } from "@visx/pattern";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";

type Point = { month: string; label: string; received: number; previous: number; partial?: boolean };

const WIDTH = 760;
const HEIGHT = 280;
const MARGIN = { top: 16, right: 16, bottom: 40, left: 48 };
const CURRENT = "#0059b3"; // DKFDS primary
const PREVIOUS = "#454545";

export function summariseTrend(year: number, points: Point[]): string {
  if (points.length === 0) return `Ingen måneder at vise for ${year}.`;
  const sum = (key: "received" | "previous") => points.reduce((n, p) => n + p[key], 0);
  const top = points.reduce((best, p) => (p.received > best.received ? p : best), points[0]!);
  const months = points.length === 12 ? "hele året" : `${points[0]!.label} til ${points[points.length - 1]!.label}`;
  const change = sum("previous") > 0 ? ` (${sum("received") >= sum("previous") ? "+" : ""}${Math.round(((sum("received") - sum("previous")) / sum("previous")) * 100)} %)` : "";
  const last = points[points.length - 1]!;
  const partial = last.partial ? ` ${last.label} er ikke slut endnu.` : "";
  return `Modtagne jobordrer, ${months}: ${sum("received").toLocaleString("da-DK")} i ${year} mod ${sum("previous").toLocaleString("da-DK")} i de samme måneder af ${year - 1}${change}. Flest i ${top.label} (${top.received.toLocaleString("da-DK")}).${partial}`;
}

export function TrendChart({ year, points }: { year: number; points: Point[] }) {
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const months = scaleBand<string>({ domain: points.map((p) => p.month), range: [0, innerWidth], padding: 0.25 });
  const years = scaleBand<string>({ domain: ["current", "previous"], range: [0, months.bandwidth()], padding: 0.1 });
  const max = Math.max(1, ...points.flatMap((p) => [p.received, p.previous]));
  const counts = scaleLinear<number>({ domain: [0, max], range: [innerHeight, 0], nice: true });
  const summaryId = `trend-summary-${year}`;
  const shortMonth = (month: string) => points.find((p) => p.month === month)?.label.slice(0, 3) ?? month;
  return (
    <figure className="mb-4">
      <figcaption>
        <p id={summaryId}>{summariseTrend(year, points)}</p>
        <p className="form-hint" aria-hidden="true">
          <svg width="16" height="12" aria-hidden="true" focusable="false">
            <rect width="16" height="12" fill={CURRENT} />
          </svg>{" "}
          {year} (fyldt søjle){"   "}
          <svg width="16" height="12" aria-hidden="true" focusable="false">
            <defs>
              <PatternLines id="trend-legend-previous" height={5} width={5} stroke={PREVIOUS} strokeWidth={1.5} orientation={["diagonal"]} />
            </defs>
            <rect width="16" height="12" fill="url(#trend-legend-previous)" stroke={PREVIOUS} />
          </svg>{" "}
          {year - 1} (skraveret søjle)
        </p>
      </figcaption>
      <svg role="img" aria-labelledby={summaryId} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} style={{ width: "100%", maxWidth: `${WIDTH}px`, height: "auto" }}>
        <defs>
          <PatternLines id="trend-previous" height={6} width={6} stroke={PREVIOUS} strokeWidth={1.5} orientation={["diagonal"]} />
        </defs>
        <Group left={MARGIN.left} top={MARGIN.top}>
          {points.map((p) => (
            <Group key={p.month} left={months(p.month) ?? 0}>
              <Bar x={years("current") ?? 0} y={counts(p.received)} width={years.bandwidth()} height={innerHeight - counts(p.received)} fill={CURRENT} />
              <Bar
                x={years("previous") ?? 0}
                y={counts(p.previous)}
                width={years.bandwidth()}
                height={innerHeight - counts(p.previous)}
                fill="url(#trend-previous)"
                stroke={PREVIOUS}
                strokeWidth={1}
              />
            </Group>
          ))}
          <AxisLeft scale={counts} numTicks={5} tickFormat={(v) => Number(v).toLocaleString("da-DK")} stroke="#1a1a1a" tickStroke="#1a1a1a" tickLabelProps={{ fill: "#1a1a1a", fontSize: 12, textAnchor: "end", dx: -4, dy: 4 }} />
          <AxisBottom top={innerHeight} scale={months} tickFormat={shortMonth} stroke="#1a1a1a" tickStroke="#1a1a1a" tickLabelProps={{ fill: "#1a1a1a", fontSize: 12, textAnchor: "middle" }} />
        </Group>
      </svg>
    </figure>
  );
}
