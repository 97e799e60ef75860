import type { DataTable } from "../dataTable.ts";
import { cellIn } from "../tableNumbers.ts";
import type { RoutesMapData } from "./rows.ts";
import { routesMapText } from "./text.ts";

/** The routes map's content as tables, in the rows' edition: the routes as the articles describe them, and where each place is. */
export function routesMapTables(data: RoutesMapData): DataTable[] {
  const t = routesMapText[data.edition].table;
  return [
    {
      caption: t.routesCaption,
      columns: [...t.routesColumns],
      rows: data.routes.map((r) => [r.from.name, r.to.name, r.started, r.service, r.article]),
    },
    {
      caption: t.placesCaption,
      columns: [...t.placesColumns],
      rows: data.places.map((p) => [
        p.name,
        cellIn(p.lon, data.edition),
        cellIn(p.lat, data.edition),
        p.kind === "city" ? t.city : t.crossing,
      ]),
    },
  ];
}
