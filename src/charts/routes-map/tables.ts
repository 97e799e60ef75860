import type { DataTable } from "../dataTable.ts";
import type { RoutesMapData } from "./data.ts";

/** The routes map's content as tables: the routes as the articles describe them, and where each place is. */
export function routesMapTables(data: RoutesMapData): DataTable[] {
  return [
    {
      caption: "Rail services the articles describe, drawn on the map as schematic straight lines between named places",
      columns: ["From", "To", "Started", "Service, as the article describes it", "Article"],
      rows: data.routes.map((r) => [r.from.name, r.to.name, r.started, r.service, r.article]),
    },
    {
      caption: "Places on the map, with coordinates from the GeoNames gazetteer (degrees)",
      columns: ["Place", "Longitude", "Latitude", "Shown as"],
      rows: data.places.map((p) => [p.name, p.lon, p.lat, p.kind === "city" ? "city" : "rail border crossing, as context"]),
    },
  ];
}
