// A page that only validates: one report validator, nothing else of the libraries.
import { validateMonthlyMediaReport } from "@cchc/reports/monthly-media-report";

const result = validateMonthlyMediaReport(JSON.parse(new URLSearchParams(location.search).get("report") ?? "{}"));
document.getElementById("result").textContent = JSON.stringify(result.issues, null, 2);
