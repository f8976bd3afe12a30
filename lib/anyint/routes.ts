import type { TaskKind } from "@/lib/tasks/status";

// The provider's paths as data, so the same client serves AnyInt or sunoapi.org by a setting.
// "split-stem" is its own create path on AnyInt; sunoapi.org puts `type` in the body instead.

export type RouteSetName = "anyint" | "sunoapi";
export type CreateRouteKey = TaskKind | "split-stem";

export type RouteSet = {
  create: Record<CreateRouteKey, string>;
  query: Record<TaskKind, string>;
};

export const ROUTES: Record<RouteSetName, RouteSet> = {
  anyint: {
    create: {
      music: "/suno/generate",
      extend: "/suno/extend",
      "upload-cover": "/suno/upload-cover",
      lyrics: "/suno/generate-lyrics",
      "vocal-removal": "/suno/vocal-removal",
      "split-stem": "/suno/split-stem",
      wav: "/suno/wav-generate",
      mp4: "/suno/mp4-generate",
      "cover-art": "/suno/generate-cover",
    },
    query: {
      music: "/suno/query/task",
      extend: "/suno/query/task",
      "upload-cover": "/suno/query/task",
      lyrics: "/suno/query/lyrics",
      "vocal-removal": "/suno/query/vocal-removal",
      wav: "/suno/query/wav",
      mp4: "/suno/query/mp4",
      "cover-art": "/suno/query/cover",
    },
  },
  sunoapi: {
    create: {
      music: "/api/v1/generate",
      extend: "/api/v1/generate/extend",
      "upload-cover": "/api/v1/generate/upload-cover",
      lyrics: "/api/v1/lyrics",
      "vocal-removal": "/api/v1/vocal-removal/generate",
      "split-stem": "/api/v1/vocal-removal/generate",
      wav: "/api/v1/wav/generate",
      mp4: "/api/v1/mp4/generate",
      "cover-art": "/api/v1/suno/cover/generate",
    },
    query: {
      music: "/api/v1/generate/record-info",
      extend: "/api/v1/generate/record-info",
      "upload-cover": "/api/v1/generate/record-info",
      lyrics: "/api/v1/lyrics/record-info",
      "vocal-removal": "/api/v1/vocal-removal/record-info",
      wav: "/api/v1/wav/record-info",
      mp4: "/api/v1/mp4/record-info",
      "cover-art": "/api/v1/suno/cover/record-info",
    },
  },
};

export function routeSetName(value: string | undefined): RouteSetName {
  if (value === undefined || value === "" || value === "anyint") return "anyint";
  if (value === "sunoapi") return "sunoapi";
  throw new Error(`ANYINT_ROUTES must be "anyint" or "sunoapi" (got "${value}")`);
}

/** The create path for a kind; vocal removal's depends on its `type`. */
export function createPath(routes: RouteSetName, kind: TaskKind, input: unknown): string {
  const splitStem =
    kind === "vocal-removal" &&
    typeof input === "object" &&
    input !== null &&
    (input as { type?: unknown }).type === "split_stem";
  return ROUTES[routes].create[splitStem ? "split-stem" : kind];
}

export function queryPath(routes: RouteSetName, kind: TaskKind, upstreamTaskId: string): string {
  return `${ROUTES[routes].query[kind]}?taskId=${encodeURIComponent(upstreamTaskId)}`;
}
