import {
  actorAndGroups,
  bacNinh2026Plan,
  coordinationEdges,
  describeReporting,
  dutiesOf,
  obligationsOwedBy,
  obligationsReceivedBy,
  reportingGraph,
} from "@cchc/plan";
import { describe, expect, it } from "vitest";

// Source: the plan, section V and the closing paragraph.
const plan = bacNinh2026Plan();

function duties(actor: string, direct = false): string[] {
  const r = dutiesOf(plan, actor, { direct });
  if (!r.ok) throw r.error;
  return r.value.map((d) => d.responsibility.id);
}

describe("duties of an actor", () => {
  it("Sở VHTTDL: its own duties of V.2, V.5 and the closing paragraph", () => {
    expect(duties("so-vhttdl", true)).toEqual(["V.2.a", "V.2.b", "V.2.c", "V.2.d", "V.2.e", "V.5.d", "closing.b"]);
  });
  it("a department not named by the plan owes the V.1 duties through its group, and the escalation duty", () => {
    expect(duties("so-y-te")).toEqual(["V.1.a", "V.1.b", "V.1.c", "V.1.d", "V.1.e", "V.1.f", "closing.a"]);
    expect(duties("so-y-te", true)).toEqual([]);
  });
  it("the Provincial Police owes V.1 directly", () => {
    const r = dutiesOf(plan, "cong-an-tinh");
    expect(r.ok && r.value.filter((d) => d.via === "cong-an-tinh").map((d) => d.responsibility.id)).toEqual(["V.1.a", "V.1.b", "V.1.c", "V.1.d", "V.1.e", "V.1.f"]);
  });
  it("an unknown actor is a typed error", () => {
    const r = dutiesOf(plan, "so-thong-tin-truyen-thong");
    expect(!r.ok && r.error.code).toBe("plan.unknown_actor");
  });
  it("group membership is transitive", () => {
    expect(actorAndGroups(plan, "so-noi-vu")).toEqual(["so-noi-vu", "co-quan-thuoc-ubnd-tinh", "co-quan-don-vi-dia-phuong"]);
    expect(actorAndGroups(plan, "chu-tich-ubnd-tinh")).toEqual(["chu-tich-ubnd-tinh"]);
  });
});

describe("coordination edges", () => {
  it("lists every 'phối hợp với' pair of section V", () => {
    const pairs = coordinationEdges(plan).map((e) => `${e.actor}~${e.partner}@${e.responsibility}`);
    expect(pairs).toEqual([
      "so-vhttdl~ban-tgdv-tinh-uy@V.2.a",
      "so-vhttdl~so-noi-vu@V.2.a",
      "so-vhttdl~so-noi-vu@V.2.c",
      "so-vhttdl~co-quan-don-vi-lien-quan@V.2.c", // "Phối hợp với Sở Nội vụ, các cơ quan, đơn vị liên quan kiểm tra"
      "so-noi-vu~so-vhttdl@V.3.a",
      "so-noi-vu~so-vhttdl@V.3.b",
      "van-phong-ubnd-tinh~so-vhttdl@V.4.c",
      "van-phong-ubnd-tinh~so-vhttdl@V.4.d",
      "bao-ptth-bac-ninh~so-vhttdl@V.5.a",
      "bao-ptth-bac-ninh~co-quan-don-vi-dia-phuong@V.5.a",
    ]);
  });
});

describe("who reports to whom", () => {
  it("the reporting graph, copies included", () => {
    const arcs = reportingGraph(plan);
    expect(arcs.filter((a) => a.edge === "media-monthly-report")).toEqual([{ from: "bao-ptth-bac-ninh", to: "so-vhttdl", role: "to", edge: "media-monthly-report" }]);
    const agencies = arcs.filter((a) => a.edge === "agencies-cchc-report");
    expect(agencies).toHaveLength(12); // 6 senders × (Sở Nội vụ + copy Sở VHTTDL)
    expect(agencies.filter((a) => a.role === "copy").every((a) => a.to === "so-vhttdl")).toBe(true);
    expect(arcs.filter((a) => a.to === "chu-tich-ubnd-tinh").map((a) => a.from)).toEqual(["so-vhttdl", "so-vhttdl"]);
  });
  it("obligations owed and received, through groups", () => {
    const owed = obligationsOwedBy(plan, "so-y-te");
    expect(owed.ok && owed.value.map((e) => e.id)).toEqual(["agencies-cchc-report", "difficulties-escalation"]);
    const received = obligationsReceivedBy(plan, "so-vhttdl");
    expect(received.ok && received.value.map((e) => e.id)).toEqual(["media-monthly-report", "agencies-cchc-report", "difficulties-escalation"]);
    const chairman = obligationsReceivedBy(plan, "chu-tich-ubnd-tinh");
    expect(chairman.ok && chairman.value.map((e) => e.id)).toEqual(["culture-synthesis-to-chairman", "difficulties-to-chairman"]);
    expect(obligationsOwedBy(plan, "nobody").ok).toBe(false);
  });
  it("describes each edge in both languages", () => {
    expect(describeReporting(plan)[0]).toBe(
      "Báo và Phát thanh, Truyền hình Bắc Ninh → Sở Văn hóa, Thể thao và Du lịch: Báo cáo kết quả tuyên truyền CCHC — Định kỳ trước ngày 10 hằng tháng",
    );
    expect(describeReporting(plan, "en")[1]).toContain("(copy Department of Culture, Sports and Tourism)");
  });
});
