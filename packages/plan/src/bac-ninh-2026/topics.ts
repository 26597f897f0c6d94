import type { Topic } from "../model/topic.js";
import type { TopicCode } from "./topic-codes.js";

/**
 * A topic of the 2026 plan, with its code narrowed to {@link TopicCode}.
 *
 * @example
 * ```ts
 * import { topics, type BacNinhTopic } from "@cchc/plan";
 *
 * const t: BacNinhTopic = topics[0]!;
 * t.code; // => "T1"
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export type BacNinhTopic = Topic & { readonly code: TopicCode; readonly parent?: TopicCode };

/**
 * The content topics of the 2026 plan (Mục II), in the plan's order: `T1`–`T5`, with the six reform areas
 * `T4.1`–`T4.6` under `T4`. Each focal task quotes the plan verbatim in `text.vi` (a test checks every
 * quote against the source text) with an English reading in `text.en`. Keywords are Vietnamese phrases
 * for tagging news items; most come from the plan's own wording, the rest are the usual newsroom terms
 * for the same subject.
 *
 * @example
 * ```ts
 * import { topics } from "@cchc/plan";
 *
 * topics.find((t) => t.code === "T4.2")?.name.en; // => "Administrative procedure reform"
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export const topics: readonly BacNinhTopic[] = [
  {
    code: "T1",
    name: {
      vi: "Quan điểm, chủ trương của Đảng, chính sách pháp luật của Nhà nước về CCHC; kết quả Đại hội XIV của Đảng",
      en: "Party viewpoints and State law on administrative reform; results of the 14th National Party Congress",
    },
    keywords: [
      "chủ trương của Đảng",
      "chính sách pháp luật",
      "Đại hội đại biểu toàn quốc lần thứ XIV",
      "Đại hội XIV",
      "kỷ nguyên mới",
      "tầm nhìn chiến lược",
      "cấp ủy đảng",
    ],
    focalTasks: [
      {
        id: "T1.a",
        text: {
          vi: "Tuyên truyền các quan điểm, chủ trương của Đảng, chính sách pháp luật của Nhà nước về CCHC",
          en: "Communicate the Party's viewpoints and policies and the State's law on administrative reform",
        },
        source: ["II.1"],
      },
      {
        id: "T1.b",
        text: {
          vi: "tuyên truyền về kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, các định hướng lớn, tư duy và tầm nhìn chiến lược đưa đất nước tiến mạnh trong kỷ nguyên mới, gắn với vai trò, trách nhiệm của các cấp ủy đảng, chính quyền trong tổ chức thực hiện nhiệm vụ CCHC",
          en: "The results of the 14th National Party Congress, its major orientations and strategic vision for the new era, tied to the role and responsibility of Party committees and authorities in carrying out administrative reform",
        },
        source: ["II.1"],
      },
    ],
    source: ["II.1"],
  },
  {
    code: "T2",
    name: {
      vi: "Công tác chỉ đạo, điều hành về CCHC; chính quyền địa phương 02 cấp; nâng cao các chỉ số của tỉnh",
      en: "Direction and administration of reform; the two-level local government; raising the province's indices",
    },
    keywords: [
      "chỉ đạo, điều hành",
      "chính quyền địa phương 02 cấp",
      "chính quyền địa phương 2 cấp",
      "chính quyền hai cấp",
      "gần dân",
      "giảm phiền hà",
      "PAR INDEX",
      "chỉ số cải cách hành chính",
      "chỉ số CCHC",
      "PAPI",
      "SIPAS",
      "PCI",
    ],
    focalTasks: [
      {
        id: "T2.a",
        text: { vi: "Tuyên truyền công tác chỉ đạo, điều hành về CCHC", en: "The direction and administration of administrative reform" },
        source: ["II.2"],
      },
      {
        id: "T2.b",
        text: {
          vi: "việc thực hiện đồng bộ, hiệu quả về tổ chức chính quyền địa phương 02 cấp",
          en: "Consistent, effective organisation of the two-level local government",
        },
        source: ["II.2"],
      },
      {
        id: "T2.c",
        text: {
          vi: "tinh thần chủ động, sáng tạo, linh hoạt của các cơ quan, đơn vị",
          en: "The initiative, creativity and flexibility of agencies and units",
        },
        source: ["II.2"],
      },
      {
        id: "T2.d",
        text: {
          vi: "lan tỏa hình ảnh nền hành chính gần dân, giảm phiền hà, chi phí, thời gian cho người dân, doanh nghiệp",
          en: "The image of an administration close to the people that cuts hassle, cost and time for citizens and businesses",
        },
        source: ["II.2"],
      },
      {
        id: "T2.e",
        text: {
          vi: "công tác chỉ đạo quyết liệt của Tỉnh ủy, UBND tỉnh và quyết tâm chính trị nhằm thực hiện hiệu quả mục tiêu CCHC, gắn với phát triển kinh tế - xã hội năm 2026, đồng thời duy trì, nâng cao các chỉ số PAR INDEX, PCI, PAPI, SIPAS của tỉnh Bắc Ninh",
          en: "The resolute direction of the Provincial Party Committee and the PPC and their political will to meet the reform goals alongside 2026 socio-economic development, keeping and raising the province's PAR INDEX, PCI, PAPI and SIPAS",
        },
        source: ["II.2"],
      },
    ],
    source: ["II.2"],
  },
  {
    code: "T3",
    name: {
      vi: "Đổi mới, sáng tạo trong tổ chức, vận hành chính quyền địa phương và Trung tâm Phục vụ hành chính công; chuyển đổi số; lồng ghép chính sách",
      en: "Innovation in local government and the Public Administrative Service Centres; digital transformation; integrated policies",
    },
    keywords: [
      "Trung tâm Phục vụ hành chính công",
      "đổi mới, sáng tạo",
      "công nghệ thông tin",
      "an ninh mạng",
      "an toàn thông tin",
      "an sinh xã hội",
      "thuần phong mỹ tục",
      "tập tục lạc hậu",
    ],
    focalTasks: [
      {
        id: "T3.a",
        text: {
          vi: "Tuyên truyền các giải pháp đổi mới, sáng tạo trong tổ chức, vận hành chính quyền địa phương và Trung tâm Phục vụ hành chính công",
          en: "Innovative solutions in organising and running local government and the Public Administrative Service Centres",
        },
        source: ["II.3"],
      },
      {
        id: "T3.b",
        text: {
          vi: "thúc đẩy ứng dụng công nghệ thông tin, chuyển đổi số bảo đảm an toàn, an ninh mạng",
          en: "Promote information technology and digital transformation with cyber safety and security",
        },
        source: ["II.3"],
      },
      {
        id: "T3.c",
        text: {
          vi: "lồng ghép các chính sách về an sinh xã hội, y tế, giáo dục, văn hóa, quốc phòng, an ninh, bảo vệ môi trường",
          en: "Integrate policies on social security, health, education, culture, defence, security and environmental protection",
        },
        source: ["II.3"],
      },
      {
        id: "T3.d",
        text: {
          vi: "phát huy thuần phong mỹ tục và xóa bỏ tập tục lạc hậu, đặc biệt tại các địa bàn còn khó khăn",
          en: "Promote good customs and end backward practices, especially in disadvantaged areas",
        },
        source: ["II.3"],
      },
    ],
    source: ["II.3"],
  },
  {
    code: "T4",
    name: {
      vi: "Các nội dung chính trong công tác CCHC",
      en: "The main areas of administrative reform",
    },
    keywords: ["cải cách hành chính", "CCHC", "nhiệm vụ trọng tâm"],
    focalTasks: [
      {
        id: "T4.a",
        text: {
          vi: "Tích cực tuyên truyền các nội dung chính trong công tác CCHC đó là: Cải cách thể chế; Cải cách TTHC; Cải cách tổ chức bộ máy hành chính nhà nước; Cải cách chế độ công vụ; Cải cách tài chính công; Chuyển đổi số trong các cơ quan nhà nước",
          en: "Actively communicate the six main areas of reform: institutions; administrative procedures; the state administrative apparatus; the civil service; public finance; digital transformation in state agencies",
        },
        source: ["II.4"],
      },
    ],
    source: ["II.4"],
  },
  {
    code: "T4.1",
    parent: "T4",
    name: { vi: "Cải cách thể chế", en: "Institutional reform" },
    keywords: [
      "cải cách thể chế",
      "thể chế",
      "văn bản quy phạm pháp luật",
      "VBQPPL",
      "thi hành pháp luật",
      "phòng, chống tham nhũng",
      "chế độ chính sách",
    ],
    focalTasks: [
      {
        id: "T4.1.a",
        text: {
          vi: "Tuyên truyền hệ thống văn bản quy phạm pháp luật của tỉnh và việc tổ chức thi hành pháp luật đồng bộ trên tất cả các lĩnh vực",
          en: "The province's legal normative documents and their consistent enforcement in every field",
        },
        source: ["II.4.1"],
      },
      {
        id: "T4.1.b",
        text: {
          vi: "tập trung các quy định về: tổ chức, bộ máy; chế độ chính sách, phòng, chống tham nhũng, hoạt động của các doanh nghiệp…",
          en: "Focus on the rules on organisation and apparatus, policies and benefits, anti-corruption, business activity and the like (an open list)",
        },
        openEnded: true,
        source: ["II.4.1"],
      },
    ],
    source: ["II.4.1"],
  },
  {
    code: "T4.2",
    parent: "T4",
    name: { vi: "Cải cách thủ tục hành chính", en: "Administrative procedure reform" },
    keywords: [
      "cải cách thủ tục hành chính",
      "cải cách TTHC",
      "thủ tục hành chính",
      "TTHC",
      "một cửa",
      "giải quyết đúng hạn",
      "trước hạn",
      "trễ hạn",
      "quá hạn",
      "chậm muộn",
      "xin lỗi",
      "mức độ hài lòng",
      "nghĩa vụ tài chính",
      "Cổng Dịch vụ công quốc gia",
      "phản ánh, kiến nghị",
      "PAKN",
    ],
    focalTasks: [
      {
        id: "T4.2.a",
        text: {
          vi: "Tuyên truyền các hoạt động triển khai thực hiện mục tiêu, nhiệm vụ trong cải cách TTHC trên địa bàn tỉnh",
          en: "The work done in the province towards the goals and tasks of administrative procedure reform",
        },
        source: ["II.4.2"],
      },
      {
        id: "T4.2.b",
        text: {
          vi: "Tập trung tuyên truyền, công khai kịp thời các TTHC dưới nhiều hình thức khác nhau, tạo thuận lợi cho người dân, tổ chức tìm hiểu và thực hiện",
          en: "Publicise administrative procedures promptly in many forms so that citizens and organisations can learn and follow them",
        },
        source: ["II.4.2"],
      },
      {
        id: "T4.2.c",
        text: {
          vi: "Đẩy mạnh tuyên truyền, biểu dương các cơ quan có tỷ lệ giải quyết đúng và trước hạn",
          en: "Commend the agencies with high rates of on-time and early resolution",
        },
        source: ["II.4.2"],
      },
      {
        id: "T4.2.d",
        text: {
          vi: "thông tin các trường hợp để xảy ra tình trạng chậm muộn trong giải quyết TTHC và phải thực hiện việc xin lỗi người dân, tổ chức theo quy định",
          en: "Report the cases of late resolution and the apologies owed to citizens and organisations as the rules require",
        },
        source: ["II.4.2"],
      },
      {
        id: "T4.2.e",
        text: {
          vi: "tuyên truyền về mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC",
          en: "The satisfaction of citizens and businesses with the handling of procedures",
        },
        source: ["II.4.2"],
      },
      {
        id: "T4.2.f",
        text: {
          vi: "hồ sơ giải quyết TTHC được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử",
          en: "Dossiers passed between the competent and related agencies electronically",
        },
        source: ["II.4.2"],
      },
      {
        id: "T4.2.g",
        text: {
          vi: "TTHC có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia",
          en: "Procedures with financial obligations paid online on the National Public Service Portal",
        },
        source: ["II.4.2"],
      },
      {
        id: "T4.2.h",
        text: {
          vi: "việc tiếp nhận, xử lý phản ánh, kiến nghị liên quan đến TTHC và việc thực hiện TTHC; công khai kết quả xử lý phản ánh, kiến nghị theo đúng quy định",
          en: "Receiving and handling feedback and petitions on procedures, and publishing the results as the rules require",
        },
        source: ["II.4.2"],
      },
    ],
    source: ["II.4.2"],
  },
  {
    code: "T4.3",
    parent: "T4",
    name: { vi: "Cải cách tổ chức bộ máy hành chính nhà nước", en: "Reform of the state administrative apparatus" },
    keywords: [
      "tổ chức bộ máy",
      "sắp xếp, kiện toàn",
      "tinh gọn",
      "đơn vị sự nghiệp công lập",
      "chức năng, nhiệm vụ",
      "bầu cử đại biểu Quốc hội",
      "Quốc hội khóa XVI",
      "nhiệm kỳ 2026-2031",
      "phân cấp, phân quyền",
      "người đứng đầu",
      "quy trình nội bộ",
    ],
    focalTasks: [
      {
        id: "T4.3.a",
        text: {
          vi: "Tuyên truyền việc sắp xếp, kiện toàn tổ chức bộ máy các cơ quan hành chính nhà nước, đơn vị sự nghiệp công lập trên địa bàn tỉnh theo hướng tinh gọn, hoạt động hiệu lực, hiệu quả",
          en: "Streamlining the state administrative agencies and public service units of the province so that they work effectively",
        },
        source: ["II.4.3"],
      },
      {
        id: "T4.3.b",
        text: {
          vi: "việc rà soát, điều chỉnh chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức bên trong của các cơ quan, đơn vị, bảo đảm không chồng chéo, trùng lặp, phù hợp với mô hình tổ chức chính quyền địa phương 02 cấp",
          en: "Reviewing functions, tasks, powers and internal structure so that nothing overlaps and all fits the two-level local government",
        },
        source: ["II.4.3"],
      },
      {
        id: "T4.3.c",
        text: {
          vi: "tuyên truyền việc chuẩn bị các điều kiện cần thiết cho công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031",
          en: "Preparing the elections of deputies to the 16th National Assembly and to People's Councils for 2026-2031",
        },
        source: ["II.4.3"],
      },
      {
        id: "T4.3.d",
        text: {
          vi: "Tuyên truyền kết quả thực hiện phân cấp, phân quyền gắn với tăng cường kiểm tra, giám sát",
          en: "Results of decentralisation and delegation, with stronger inspection and supervision",
        },
        source: ["II.4.3"],
      },
      {
        id: "T4.3.e",
        text: {
          vi: "nâng cao trách nhiệm của người đứng đầu cơ quan, đơn vị trong quản lý, điều hành",
          en: "Greater accountability of the heads of agencies and units",
        },
        source: ["II.4.3"],
      },
      {
        id: "T4.3.f",
        text: {
          vi: "đổi mới phương thức làm việc, cải cách quy trình nội bộ, tăng cường phối hợp liên thông giữa các cơ quan trong hệ thống hành chính nhà nước",
          en: "New working methods, internal process reform and closer inter-agency coordination",
        },
        source: ["II.4.3"],
      },
    ],
    source: ["II.4.3"],
  },
  {
    code: "T4.4",
    parent: "T4",
    name: { vi: "Cải cách chế độ công vụ", en: "Civil service reform" },
    keywords: [
      "chế độ công vụ",
      "công vụ",
      "tuyển dụng",
      "bổ nhiệm",
      "đề bạt",
      "vị trí việc làm",
      "đào tạo, bồi dưỡng",
      "đạo đức công vụ",
      "phần mềm quản lý cán bộ",
      "đúng - đủ - sạch - sống",
    ],
    focalTasks: [
      {
        id: "T4.4.a",
        text: {
          vi: "Tuyên truyền mục tiêu xây dựng nền công vụ chuyên nghiệp, trách nhiệm, năng động, thực tài",
          en: "The goal of a professional, responsible, dynamic, merit-based civil service",
        },
        source: ["II.4.4"],
      },
      {
        id: "T4.4.b",
        text: {
          vi: "thực hiện cơ chế cạnh tranh lành mạnh, dân chủ, công khai, minh bạch trong tuyển dụng, sử dụng, bổ nhiệm, đề bạt cán bộ, công chức, viên chức",
          en: "Fair, democratic, open and transparent competition in recruiting, employing, appointing and promoting officials",
        },
        source: ["II.4.4"],
      },
      {
        id: "T4.4.c",
        text: {
          vi: "việc xây dựng, phê duyệt và tổ chức thực hiện Đề án vị trí việc làm, bảo đảm bố trí cán bộ, công chức, viên chức đúng quy định, tiêu chuẩn chức danh và cơ cấu ngạch",
          en: "Job-position schemes drafted, approved and applied, so that officials are placed by the rules, title standards and grade structure",
        },
        source: ["II.4.4"],
      },
      {
        id: "T4.4.d",
        text: {
          vi: "Đẩy mạnh tuyên truyền công tác đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo vị trí việc làm",
          en: "Training of officials by job position",
        },
        source: ["II.4.4"],
      },
      {
        id: "T4.4.e",
        text: {
          vi: "nâng cao năng lực chuyên môn, đạo đức công vụ, kỹ năng quản lý, hội nhập quốc tế cho đội ngũ lãnh đạo, quản lý các cấp",
          en: "Professional capacity, public-service ethics, management and international skills of leaders and managers at every level",
        },
        source: ["II.4.4"],
      },
      {
        id: "T4.4.f",
        text: {
          vi: "tuyên truyền việc ứng dụng, sử dụng hiệu quả phần mềm quản lý cán bộ, công chức, viên chức tỉnh Bắc Ninh, bảo đảm cập nhật dữ liệu “đúng - đủ - sạch - sống”",
          en: "Effective use of the province's cadre and civil-servant management software, with data kept correct, complete, clean and live",
        },
        source: ["II.4.4"],
      },
    ],
    source: ["II.4.4"],
  },
  {
    code: "T4.5",
    parent: "T4",
    name: { vi: "Cải cách tài chính công", en: "Public finance reform" },
    keywords: [
      "tài chính công",
      "ngân sách nhà nước",
      "tự chủ tài chính",
      "tài sản công",
      "đầu tư công",
      "giải ngân",
      "chi thường xuyên",
      "doanh nghiệp nhà nước",
      "môi trường đầu tư kinh doanh",
      "năng lực cạnh tranh",
      "PCI",
      "lãng phí",
    ],
    focalTasks: [
      {
        id: "T4.5.a",
        text: {
          vi: "Tuyên truyền việc đổi mới mạnh mẽ cơ chế phân bổ, quản lý, sử dụng ngân sách nhà nước theo hướng công khai, minh bạch, tiết kiệm, hiệu quả",
          en: "A thorough renewal of how the state budget is allocated, managed and used: openly, transparently, thriftily and effectively",
        },
        source: ["II.4.5"],
      },
      {
        id: "T4.5.b",
        text: {
          vi: "thực hiện cơ chế tự chủ, tự chịu trách nhiệm về tài chính đối với cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập theo quy định",
          en: "Financial autonomy and self-responsibility of state administrative agencies and public service units",
        },
        source: ["II.4.5"],
      },
      {
        id: "T4.5.c",
        text: {
          vi: "đẩy mạnh phân cấp, giao quyền tự chủ tài chính gắn với tăng cường kiểm tra, giám sát, phòng, chống tham nhũng, lãng phí",
          en: "More decentralised financial autonomy with stronger inspection and the fight against corruption and waste",
        },
        source: ["II.4.5"],
      },
      {
        id: "T4.5.d",
        text: {
          vi: "nâng cao hiệu quả quản lý, sử dụng tài sản công, vốn đầu tư công và các nguồn lực tài chính nhà nước",
          en: "Better management and use of public assets, public investment capital and state financial resources",
        },
        source: ["II.4.5"],
      },
      {
        id: "T4.5.e",
        text: {
          vi: "Đẩy mạnh tuyên truyền công tác kiểm soát chặt chẽ chi thường xuyên và đầu tư công",
          en: "Tight control of recurrent spending and public investment",
        },
        source: ["II.4.5"],
      },
      {
        id: "T4.5.f",
        text: {
          vi: "nâng cao chất lượng lập, thẩm định, phân bổ, quản lý và giải ngân vốn đầu tư công, bảo đảm đúng quy định, đúng trọng tâm, phù hợp với quy hoạch và mục tiêu phát triển kinh tế - xã hội của tỉnh",
          en: "Better planning, appraisal, allocation, management and disbursement of public investment, in line with the province's master plan and goals",
        },
        source: ["II.4.5"],
      },
      {
        id: "T4.5.g",
        text: {
          vi: "tuyên truyền việc hoàn thiện hệ thống văn bản quy phạm pháp luật về tài chính - ngân sách, xây dựng định mức phân bổ ngân sách, thực hiện tái cơ cấu doanh nghiệp nhà nước, cải thiện môi trường đầu tư kinh doanh, nâng cao chỉ số PCI của tỉnh Bắc Ninh",
          en: "Completing the finance and budget regulations, budget allocation norms, restructuring state-owned enterprises, improving the business environment and raising Bắc Ninh's PCI",
        },
        source: ["II.4.5"],
      },
    ],
    source: ["II.4.5"],
  },
  {
    code: "T4.6",
    parent: "T4",
    name: { vi: "Chuyển đổi số trong các cơ quan nhà nước", en: "Digital transformation in state agencies" },
    keywords: [
      "chuyển đổi số",
      "xử lý trực tuyến",
      "dịch vụ công trực tuyến",
      "thanh toán trực tuyến",
      "kết quả điện tử",
      "hạ tầng số",
      "5G",
      "kỹ năng số",
      "số hóa",
    ],
    focalTasks: [
      {
        id: "T4.6.a",
        text: {
          vi: "Tuyên truyền việc thực hiện các mục tiêu chuyển đổi số trong các cơ quan nhà nước, trọng tâm là các giải pháp nhằm nâng cao tỷ lệ hồ sơ TTHC được xử lý trực tuyến, thanh toán trực tuyến và cấp kết quả điện tử",
          en: "Digital-transformation goals in state agencies, above all raising the shares of dossiers processed online, paid online and with electronic results",
        },
        source: ["II.4.6"],
      },
      {
        id: "T4.6.b",
        text: {
          vi: "Tuyên truyền vai trò, lợi ích của chuyển đổi số đối với người dân, doanh nghiệp trong việc giảm thời gian, chi phí thực hiện TTHC, nâng cao mức độ hài lòng",
          en: "What digital transformation brings citizens and businesses: less time and cost for procedures, more satisfaction",
        },
        source: ["II.4.6"],
      },
      {
        id: "T4.6.c",
        text: {
          vi: "việc triển khai các kế hoạch, bộ chỉ số đánh giá chuyển đổi số, phát triển hạ tầng số, phủ sóng 5G và bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức",
          en: "Digital-transformation plans and index sets, digital infrastructure, 5G coverage and digital skills for officials",
        },
        source: ["II.4.6"],
      },
    ],
    source: ["II.4.6"],
  },
  {
    code: "T5",
    name: {
      vi: "Kết quả nổi bật, cách làm hay, sáng kiến trong công tác CCHC",
      en: "Outstanding results, good practices and initiatives in administrative reform",
    },
    keywords: [
      "kết quả nổi bật",
      "cách làm hay",
      "mô hình hay",
      "sáng kiến",
      "điển hình",
      "biểu dương",
      "tiêu biểu",
      "tồn tại, hạn chế",
      "nguyện vọng",
    ],
    focalTasks: [
      {
        id: "T5.a",
        text: {
          vi: "Tuyên truyền các kết quả nổi bật, cách làm hay, sáng kiến trong công tác CCHC tại các cơ quan, đơn vị, địa phương trên địa bàn tỉnh, trọng tâm là việc sắp xếp, kiện toàn tổ chức bộ máy bên trong theo hướng tinh gọn, hoạt động hiệu lực, hiệu quả; sắp xếp vị trí việc làm, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
          en: "Outstanding results, good practices and initiatives of agencies, units and localities, above all streamlined internal organisation, job positions and better-qualified officials",
        },
        source: ["II.5"],
      },
      {
        id: "T5.b",
        text: {
          vi: "đẩy mạnh tuyên truyền việc cung cấp dịch vụ công trực tuyến, thanh toán trực tuyến và ứng dụng chuyển đổi số trong giải quyết công việc",
          en: "Online public services, online payment and digital tools in daily work",
        },
        source: ["II.5"],
      },
      {
        id: "T5.c",
        text: {
          vi: "kịp thời giải quyết các kiến nghị, nguyện vọng chính đáng của người dân, doanh nghiệp",
          en: "Prompt answers to the legitimate petitions and wishes of citizens and businesses",
        },
        source: ["II.5"],
      },
      {
        id: "T5.d",
        text: {
          vi: "biểu dương các tập thể, cá nhân tiêu biểu và phản ánh khách quan những tồn tại, hạn chế, khó khăn trong quá trình triển khai CCHC để kịp thời chấn chỉnh, tháo gỡ",
          en: "Commend exemplary collectives and individuals, and report shortcomings and difficulties objectively so they are corrected in time",
        },
        source: ["II.5"],
      },
    ],
    source: ["II.5"],
  },
];
