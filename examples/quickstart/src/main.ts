import { tour } from "./tour.js";

console.log(tour().join("\n"));
