// `npm run setup`: install, generate, migrate and load content — everything but build and serve.
import { prepare } from "./lib.mjs";

prepare();
