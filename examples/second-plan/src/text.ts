/**
 * The text of the second plan. ILLUSTRATIVE: written for this example to exercise the model — a ward's
 * yearly plan, another year, another level of government, other codes — and not an issued document.
 */
export const SECOND_PLAN_TEXT = `
Thực hiện Kế hoạch tuyên truyền cải cách hành chính của UBND tỉnh, UBND phường Kinh Bắc xây dựng Kế hoạch tuyên truyền cải cách hành chính phường Kinh Bắc năm 2027 như sau:
I. MỤC ĐÍCH
Người dân, hộ kinh doanh trên địa bàn phường biết, hiểu và sử dụng dịch vụ công trực tuyến.
II. NỘI DUNG
1. Thủ tục hành chính thường gặp của phường, cách nộp hồ sơ trực tuyến.
2. Kết quả giải quyết hồ sơ đúng hạn và việc xin lỗi khi trễ hạn.
III. HÌNH THỨC
Phát trên loa truyền thanh của phường; đăng trên trang Zalo của phường; niêm yết tại Trung tâm Phục vụ hành chính công phường.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội chủ trì thực hiện Kế hoạch; chậm nhất ngày 25 hằng tháng, báo cáo kết quả tuyên truyền gửi Chủ tịch UBND phường.
2. Trung tâm Phục vụ hành chính công phường cung cấp số liệu hồ sơ đúng hạn, trễ hạn cho Phòng Văn hóa - Xã hội.
Nơi nhận:
- Sở Văn hóa, Thể thao và Du lịch;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
`;
