export interface RoutesMapState {
  /** Routes drawn, by rail-routes.csv id; the others are left out. */
  routes: string[];
  /** Tint the five Central Asian states in the colour of this route's article, as its destination. */
  destinationRegion?: string;
  /** The words under the map: an overview, or one route's description. */
  caption: "overview" | "route";
}

/** The states a step may name for the routes-map chart. */
export const routesMapStates = {
  overview: { routes: ["lianyungang-almaty", "xinxiang-central-asia"], caption: "overview" },
  "route-2015": { routes: ["lianyungang-almaty"], caption: "route" },
  "route-2018": { routes: ["xinxiang-central-asia"], destinationRegion: "xinxiang-central-asia", caption: "route" },
} as const satisfies Record<string, RoutesMapState>;

export type RoutesMapStateId = keyof typeof routesMapStates;
