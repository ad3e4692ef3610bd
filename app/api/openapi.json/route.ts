import { json, route } from "@/lib/http";
import { openApiDocument } from "@/lib/openapi";

export const dynamic = "force-static";

export const GET = route(async () => json(openApiDocument()));
