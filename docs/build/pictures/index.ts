// Every picture of the site, generated from the libraries' data when the site is built.
import { vietnamCalendar } from "@cchc/calendar";
import { labelText } from "@cchc/core";
import { evaluateDeadline } from "@cchc/deadlines";
import { bacNinh2026Plan, planObligations } from "@cchc/plan";
import { sitePackages } from "../structure.js";
import { deadlineMonthPicture, PICTURED_DEADLINE } from "./deadline-month.js";
import { packageLayersPicture } from "./package-layers.js";
import { reportingGraphPicture } from "./reporting-graph.js";
import { escapeXml, type Picture } from "./svg.js";

function deadlinePicture(): Picture {
  const plan = bacNinh2026Plan();
  const obligation = planObligations(plan).find((o) => o.id === PICTURED_DEADLINE.obligation || o.id.endsWith(`.${PICTURED_DEADLINE.obligation}`));
  if (!obligation) throw new Error(`no obligation ${PICTURED_DEADLINE.obligation} in the plan`);
  const calendar = vietnamCalendar();
  const evaluation = evaluateDeadline(obligation.rule, { period: PICTURED_DEADLINE.period, calendar });
  if (!evaluation.ok) throw new Error(evaluation.error.message);
  return deadlineMonthPicture(calendar, evaluation.value, `the ${labelText(obligation.what, "en").toLowerCase()} on ${PICTURED_DEADLINE.period}`);
}

/** The pictures by name, made on first use. */
export function sitePictures(): ReadonlyMap<string, Picture> {
  const pictures = [packageLayersPicture(sitePackages()), reportingGraphPicture(bacNinh2026Plan()), deadlinePicture()];
  return new Map(pictures.map((p) => [p.name, p]));
}

/** The HTML that shows a picture in a page: the inline SVG, its caption and its text version. */
export function figureHtml(picture: Picture): string {
  return [
    `<figure class="cchc-picture" id="picture-${picture.name}">`,
    `<div class="cchc-picture-frame">${picture.svg}</div>`,
    `<figcaption><strong>${escapeXml(picture.title)}.</strong> ${escapeXml(picture.summary)} <a href="/pictures/${picture.name}.svg">SVG file</a></figcaption>`,
    `<details class="cchc-picture-text"><summary>Text version of the picture</summary>`,
    picture.textVersion,
    `</details>`,
    `</figure>`,
  ].join("\n");
}
