/* test-builtin-tasks.c: the tasks of the built-in programme 03-CTr/ĐU,
 * held against a table transcribed from the document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The table below is the transcription (data/README.md, "The tasks",
 * says how each section was read): every task of sections B.II.1–II.6
 * (the bullets of "Nhiệm vụ và giải pháp chủ yếu"), B.III.2.1–III.2.7
 * (each paragraph split into its distinct tasks), B.IV.2 (two
 * paragraphs) and C (five items and the closing paragraph), in the
 * document's order, with the units of each section's "Phân công thực
 * hiện", its deadline or yearly cadence, and its Vietnamese text in the
 * document's wording. data/03-ctr-du.json must agree with it field by
 * field. The case "seed" holds the texts against the document itself
 * (tests/data/seed/03-CTr-DU.txt).
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#include "doson-ctr-test.h"

typedef struct
{
  const char *id;
  const char *ref;
  const char *goal;
  const char *lead_units;      /* comma-separated, in order */
  const char *partner_units;   /* comma-separated, in order; "" for none */
  int         deadline_year;   /* 0: none */
  gboolean    yearly;
  const char *text_vi;
} ExpectedTask;

static const ExpectedTask expected[] = {
  { "party-organisation-cadres.1", "II.1.2 #1", "party-organisation-cadres",
    "ban-xay-dung-dang", "", 0, FALSE,
    "Tiếp tục thực hiện có hiệu lực, hiệu quả mô hình "
      "tổ chức bộ máy của hệ thống chính trị phường; "
      "thực hiện nghiêm công tác quản lý biên chế gắn với "
      "cơ cấu lại đội ngũ cán bộ, công chức, viên chức "
      "đáp ứng yêu cầu trong tình hình mới. Đánh giá cán "
      "bộ theo hướng xuyên suốt, liên tục, đa chiều, có "
      "tiêu chí, sản phẩm cụ thể, đồng thời kiểm soát "
      "chặt kỷ luật, kỷ cương công vụ. Quan tâm đào tạo, "
      "bồi dưỡng cán bộ nhất là cán bộ nữ, cán bộ trẻ "
      "đáp ứng yêu cầu nhiệm vụ." },
  { "party-organisation-cadres.2", "II.1.2 #2", "party-organisation-cadres",
    "ban-xay-dung-dang", "", 0, FALSE,
    "Thực hiện có hiệu quả việc sắp xếp tổ chức bộ "
      "máy của Đảng và hệ thống chính trị phường bảo "
      "đảm tinh gọn, hoạt động hiệu lực, hiệu quả theo "
      "chỉ đạo của thành phố; thực hiện nghiêm công tác "
      "quản lý biên chế gắn với cơ cấu, nâng cao chất "
      "lượng đội ngũ cán bộ, công chức, viên chức được "
      "phân cấp. Tiếp tục rà soát, xây dựng, bổ sung quy "
      "định chức năng, nhiệm vụ, tổ chức bộ máy, biên "
      "chế của các cơ quan đơn vị đảm bảo đồng bộ, "
      "thống nhất, phù hợp với yêu cầu thực tiễn. Thực "
      "hiện việc phân cấp, ủy quyền cho các cơ quan, đơn "
      "vị theo quy định. Thực hiện đầy đủ các chế độ "
      "chính sách đối với cán bộ, công chức, viên chức, "
      "người lao động nghỉ công tác do sắp xếp. Rà soát "
      "sắp xếp, bố trí lại đội ngũ cán bộ, công chức, "
      "viên chức, người lao động cho phù hợp với vị trí "
      "việc làm, phát huy hiệu quả." },
  { "party-organisation-cadres.3", "II.1.2 #3", "party-organisation-cadres",
    "ban-xay-dung-dang", "", 0, FALSE,
    "Xây dựng các tổ chức đảng trực thuộc vững mạnh "
      "toàn diện, phát huy đầy đủ vai trò lãnh đạo, cầm "
      "quyền của Đảng. Củng cố đi liền với quan tâm phát "
      "triển tổ chức đảng, các tổ chức chính trị - xã "
      "hội trong doanh nghiệp khu vực ngoài Nhà nước, Hợp tác "
      "xã, đơn vị sự nghiệp ngoài công lập." },
  { "party-organisation-cadres.4", "II.1.2 #4", "party-organisation-cadres",
    "ban-xay-dung-dang", "", 0, FALSE,
    "Triển khai thực hiện Chỉ thị số 50-CT/TW, ngày "
      "23/7/2025 của Ban Bí thư về \"Tiếp tục đổi mới và "
      "nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn "
      "mới\"; chất lượng sinh hoạt chi bộ phải được chú "
      "trọng, phát huy dân chủ, trách nhiệm của đảng viên "
      "gắn với giữ vững các nguyên tắc tổ chức, kỷ "
      "luật, kỷ cương; thực hiện nghiêm túc công tác kiểm "
      "điểm tự phê bình và phê bình, đánh giá chất lượng "
      "tổ chức cơ sở đảng và đảng viên. Phát huy vai trò "
      "và bản lĩnh chính trị, năng lực lãnh đạo cho đội "
      "ngũ cấp ủy viên, nhất là bí thư cấp ủy trực "
      "thuộc." },
  { "party-organisation-cadres.5", "II.1.2 #5", "party-organisation-cadres",
    "ban-xay-dung-dang", "", 0, TRUE,
    "Đảm bảo chỉ tiêu kết nạp đảng viên hằng năm, quan "
      "tâm bồi dưỡng, kết nạp vào Đảng những đoàn viên, "
      "hội viên ưu tú, trưởng thành trong lao động, học "
      "tập, trong lực lượng vũ trang; quan tâm phát triển "
      "đảng viên trong lực lượng công nhân, cán bộ quản lý "
      "doanh nghiệp ngoài nhà nước, trí thức, thanh niên, sinh "
      "viên, người có tôn giáo... Thực hiện nghiêm công tác "
      "quản lý đảng viên, kiên quyết sàng lọc, đưa ra khỏi "
      "Đảng những đảng viên không còn đủ tư cách. Triển "
      "khai thực hiện Quy định số 339-QĐ/TW, ngày 10/7/2025 "
      "của Ban Bí thư về Quy định sử dụng Sổ tay đảng "
      "viên điện tử theo chỉ đạo." },
  { "party-organisation-cadres.6", "II.1.2 #6", "party-organisation-cadres",
    "ban-xay-dung-dang", "", 0, FALSE,
    "Xây dựng đội ngũ cán bộ lãnh đạo, quản lý nhất "
      "là đội ngũ cán bộ diện Ban Thường vụ Đảng ủy "
      "phường quản lý có phẩm chất, năng lực, uy tín, ngang "
      "tầm nhiệm vụ, đáp ứng yêu cầu xây dựng và phát "
      "triển phường trong thời kỳ mới; bảo đảm tỷ lệ "
      "cán bộ nữ, cán bộ trẻ, cán bộ có trình độ khoa "
      "học công nghệ; có bản lĩnh chính trị vững vàng, "
      "phẩm chất đạo đức trong sáng; dám đổi mới, thực "
      "hiện hiệu quả chức trách, nhiệm vụ được giao." },
  { "party-organisation-cadres.7", "II.1.2 #7", "party-organisation-cadres",
    "ban-xay-dung-dang", "", 0, FALSE,
    "Thực hiện việc đánh giá cán bộ theo hướng xuyên "
      "suốt, liên tục, có tiêu chí, thông qua sản phẩm cụ "
      "thể, thực chất; gắn đánh giá cá nhân với kết quả "
      "thực hiện nhiệm vụ của địa phương, cơ quan, đơn "
      "vị; có khả năng triển khai, ứng dụng mạnh mẽ, "
      "đồng bộ, toàn diện công nghệ thông tin trong triển "
      "khai nghiệp vụ công tác của địa phương." },
  { "party-organisation-cadres.8", "II.1.2 #8", "party-organisation-cadres",
    "ban-xay-dung-dang", "", 0, FALSE,
    "Công tác đào tạo, bồi dưỡng cán bộ theo hướng linh "
      "hoạt, thực chất, gắn với yêu cầu nhiệm vụ và "
      "chuyển đổi số. Thực hiện có chất lượng công tác "
      "quy hoạch cán bộ theo hướng đồng bộ, có tính kế "
      "thừa và phát triển. Rà soát, điều động, luân chuyển "
      "cán bộ đảm bảo bố trí đúng người, đúng việc vì "
      "nhiệm vụ và lợi ích chung của địa phương; làm tốt "
      "công tác đánh giá, sử dụng cán bộ sau luân chuyển. "
      "Thực hiện nghiêm việc kiểm tra, giám sát và kiểm soát "
      "trong công tác cán bộ; sàng lọc, đưa ra khỏi vị trí "
      "công tác đối với những người không đủ phẩm chất, "
      "năng lực, uy tín; thực hiện tốt chính sách đối với "
      "cán bộ." },
  { "party-organisation-cadres.9", "II.1.2 #9", "party-organisation-cadres",
    "ban-xay-dung-dang", "", 0, FALSE,
    "Công tác bảo vệ chính trị nội bộ phải được thực "
      "hiện đúng theo quy định, chú trọng nắm và xử lý "
      "kịp thời vấn đề chính trị hiện nay của cán bộ. "
      "Không để lọt cán bộ không đảm bảo tiêu chuẩn "
      "chính trị tham gia cấp ủy và bổ nhiệm các chức danh "
      "lãnh đạo, quản lý." },
  { "political-ideological-work.1", "II.2.1 #1", "political-ideological-work",
    "ban-xay-dung-dang", "", 0, FALSE,
    "Đảng bộ tập trung lãnh đạo, chỉ đạo thực hiện "
      "nghiêm túc Nghị quyết, Chỉ thị của Trung ương và "
      "Thành ủy, đặc biệt là Nghị quyết Trung ương 4 (khóa "
      "XI, XII, XIII) gắn với việc học tập và làm theo tư "
      "tưởng, đạo đức, phong cách Hồ Chí Minh." },
  { "political-ideological-work.2", "II.2.1 #2", "political-ideological-work",
    "ban-xay-dung-dang", "", 0, FALSE,
    "Chủ động định hướng dư luận xã hội, nâng cao "
      "hiệu quả tuyên truyền: Phát huy vai trò báo cáo viên, "
      "đội ngũ tuyên truyền viên cơ sở, hệ thống truyền "
      "thanh phường và nền tảng số; chủ động nắm bắt dư "
      "luận, cung cấp thông tin chính thống, kịp thời định "
      "hướng nhận thức, tạo sự đồng thuận xã hội." },
  { "political-ideological-work.3", "II.2.1 #3", "political-ideological-work",
    "ban-xay-dung-dang", "", 0, FALSE,
    "Tăng cường giáo dục chính trị, tư tưởng, đạo "
      "đức, lối sống; đổi mới sinh hoạt chi bộ theo tinh "
      "thần Chỉ thị 50-CT/TW. Nâng cao tính lãnh đạo, tính "
      "giáo dục, tính chiến đấu trong sinh hoạt chi bộ. Lấy "
      "việc quán triệt nghị quyết, kiểm điểm tự phê bình "
      "và nắm bắt tư tưởng đảng viên làm trọng tâm. Chủ "
      "động phản bác quan điểm sai trái, thù địch, thông tin "
      "xấu độc; phòng ngừa, ngăn chặn biểu hiện “tự "
      "diễn biến”, “tự chuyển hóa” trong nội bộ." },
  { "political-ideological-work.4", "II.2.1 #4", "political-ideological-work",
    "ban-xay-dung-dang", "", 0, FALSE,
    "Quán triệt, triển khai gắn với việc thực hiện Đề "
      "án “Xây dựng xã hội chủ nghĩa và con người xã hội "
      "chủ nghĩa tại thành phố Hải Phòng giai đoạn 2025 - "
      "2030 và những năm tiếp theo”: Tập trung giáo dục, bồi "
      "dưỡng xây dựng con người Đồ Sơn - Hải Phòng phát "
      "triển toàn diện về trí tuệ, đạo đức, thể chất, "
      "văn hóa, lối sống, hình thành môi trường văn hóa, xã "
      "hội lành mạnh, dân chủ, kỷ cương, nhân văn. Lồng "
      "ghép việc triển khai Đề án với các phong trào thi đua, "
      "cuộc vận động, hoạt động học tập và làm theo tư "
      "tưởng, đạo đức, phong cách Hồ Chí Minh; gắn xây "
      "dựng con người mới với phát triển nguồn nhân lực "
      "chất lượng cao, xây dựng đô thị biển văn minh, hiện "
      "đại, đáp ứng yêu cầu hội nhập quốc tế." },
  { "propaganda-mass-mobilisation.1", "II.3.1 #1", "propaganda-mass-mobilisation",
    "ban-xay-dung-dang", "van-phong-dang-uy,van-phong-hdnd-ubnd", 0, FALSE,
    "Tập trung chỉ đạo công tác giáo dục chính trị tư "
      "tưởng cho cán bộ đảng viên, quần chúng Nhân dân. "
      "Nắm bắt tình hình cán bộ đảng viên, Nhân dân tham "
      "mưu với Đảng, chính quyền địa phương không để "
      "thành điểm nóng, vụ việc phức tạp trên địa bàn." },
  { "propaganda-mass-mobilisation.2", "II.3.1 #2", "propaganda-mass-mobilisation",
    "ban-xay-dung-dang", "van-phong-dang-uy,van-phong-hdnd-ubnd", 0, FALSE,
    "Phát huy hiệu quả các mô hình “Dân vận khéo”, góp "
      "phần lan tỏa tinh thần đổi mới, gắn bó mật thiết "
      "giữa Đảng bộ, chính quyền với Nhân dân, tạo chuyển "
      "biến rõ rệt trong đời sống chính trị - xã hội ở "
      "cơ sở." },
  { "propaganda-mass-mobilisation.3", "II.3.1 #3", "propaganda-mass-mobilisation",
    "ban-xay-dung-dang", "van-phong-dang-uy,van-phong-hdnd-ubnd", 0, FALSE,
    "Thực hiện tốt Quy chế dân chủ ở cơ sở, Luật Thực "
      "hiện dân chủ ở cơ sở năm 2022. Tăng cường công tác "
      "quản lý nhà nước về tôn giáo, tín ngưỡng. Phát huy "
      "vai trò của Mặt trận Tổ quốc và các tổ chức chính "
      "trị - xã hội, tạo sự đồng thuận xã hội, tăng "
      "cường khối đại đoàn kết toàn dân. Đổi mới "
      "phương thức tập hợp, vận động Nhân dân thông qua "
      "ứng dụng công nghệ thông tin, mạng xã hội; tăng "
      "cường công tác thông tin, tuyên truyền chính sách pháp "
      "luật một cách thiết thực, hiệu quả." },
  { "propaganda-mass-mobilisation.4", "II.3.1 #4", "propaganda-mass-mobilisation",
    "ban-xay-dung-dang", "van-phong-dang-uy,van-phong-hdnd-ubnd", 0, TRUE,
    "Tổ chức hội nghị đối thoại giữa đồng chí Bí thư "
      "Đảng ủy, đồng chí Chủ tịch Ủy ban nhân dân "
      "phường với Nhân dân, gắn với tình hình thực tế "
      "của địa phương từng năm." },
  { "inspection-supervision-discipline.1", "II.4.2 #1", "inspection-supervision-discipline",
    "uy-ban-kiem-tra-dang-uy", "", 0, TRUE,
    "Xây dựng và tổ chức thực hiện hiệu quả Chương "
      "trình kiểm tra, giám sát toàn khóa, hằng năm, trong đó "
      "xác định rõ giám sát là nhiệm vụ thường xuyên, là "
      "cơ chế tự bảo vệ hữu hiệu của tổ chức đảng và "
      "đảng viên." },
  { "inspection-supervision-discipline.2", "II.4.2 #2", "inspection-supervision-discipline",
    "uy-ban-kiem-tra-dang-uy", "", 0, FALSE,
    "Tập trung kiểm tra, giám sát có trọng tâm, trọng điểm "
      "vào các lĩnh vực nhạy cảm, dễ phát sinh tiêu cực, "
      "những vấn đề dư luận quan tâm như: quản lý đất "
      "đai, trật tự xây dựng, đầu tư công, quản lý tài "
      "chính, công tác cán bộ và việc thực hiện trách nhiệm "
      "nêu gương của người đứng đầu. Chuyển trọng tâm "
      "sang giám sát chủ động để phòng ngừa vi phạm từ "
      "sớm, từ xa." },
  { "inspection-supervision-discipline.3", "II.4.2 #3", "inspection-supervision-discipline",
    "uy-ban-kiem-tra-dang-uy", "", 0, FALSE,
    "Ứng dụng công nghệ thông tin, thực hiện chuyển đổi "
      "số vào công tác kiểm tra, giám sát. Xây dựng và bồi "
      "dưỡng đội ngũ cán bộ làm công tác kiểm tra của "
      "Đảng ủy phường và các chi bộ trực thuộc, đảm "
      "bảo vững vàng về bản lĩnh chính trị, trong sáng về "
      "phẩm chất đạo đức, có tinh thần công tâm, khách quan "
      "và trách nhiệm cao trong thực thi nhiệm vụ." },
  { "internal-affairs-anti-corruption.1", "II.5.1 #1", "internal-affairs-anti-corruption",
    "van-phong-dang-uy", "", 0, FALSE,
    "Công tác nội chính, cải cách tư pháp tiếp tục được "
      "đẩy mạnh thực hiện và đạt hiệu quả, góp phần "
      "nâng cao vai trò, hiệu lực, hiệu quả của các cơ quan "
      "tư pháp. Hoạt động của các cơ quan tố tụng trong "
      "việc thực hiện chức năng, nhiệm vụ có nhiều đổi "
      "mới, chất lượng các mặt công tác có những chuyển "
      "biến tích cực." },
  { "internal-affairs-anti-corruption.2", "II.5.1 #2", "internal-affairs-anti-corruption",
    "van-phong-dang-uy", "", 0, FALSE,
    "Công tác tuyên truyền, phổ biến giáo dục pháp luật "
      "đã bám sát hoạt động ở cơ sở ngày càng đi vào "
      "thực chất, có hiệu quả, làm chuyển biến về nhận "
      "thức tư tưởng của cán bộ, công chức trong các cơ "
      "quan tư pháp trước yêu cầu đòi hỏi của việc cải "
      "cách và nâng cao chất lượng công tác tư pháp đáp ứng "
      "yêu cầu, nhiệm vụ mới." },
  { "internal-affairs-anti-corruption.3", "II.5.1 #3", "internal-affairs-anti-corruption",
    "van-phong-dang-uy", "", 0, FALSE,
    "Thực hiện nghiêm các quy định của Đảng và Nhà "
      "nước về kiểm soát quyền lực để phòng, chống tham "
      "nhũng, lãng phí. Tích cực phòng chống tham nhũng, lãng "
      "phí, tiêu cực; kịp thời lãnh đạo, chỉ đạo, giải "
      "quyết có hiệu quả các vấn đề phức tạp, nổi cộm "
      "xảy ra trên địa bàn phường." },
  { "front-mass-organisations.1", "II.6.1 #1", "front-mass-organisations",
    "mat-tran-to-quoc,to-chuc-chinh-tri-xa-hoi", "", 0, FALSE,
    "Đảng uỷ lãnh đạo, chỉ đạo Mặt trận Tổ quốc và "
      "các tổ chức chính trị - xã hội triển khai có hiệu "
      "quả công tác giám sát, phản biện xã hội, góp ý xây "
      "dựng Đảng, chính quyền theo tinh thần Quyết định số "
      "217-QĐ/TW; Quyết định số 218-QĐ/TW ngày 12/12/2013 của "
      "Bộ Chính trị." },
  { "front-mass-organisations.2", "II.6.1 #2", "front-mass-organisations",
    "mat-tran-to-quoc,to-chuc-chinh-tri-xa-hoi", "", 0, FALSE,
    "Tăng cường công tác nắm bắt tình hình tư tưởng, tâm "
      "tư, nguyện vọng của đoàn viên, hội viên, Nhân dân, "
      "phối hợp với các cấp chính quyền giải quyết tốt "
      "các đề xuất, kiến nghị chính đáng của Nhân dân, "
      "góp phần quan trọng để thực hiện tốt dân chủ ở "
      "cơ sở theo phương châm “Dân biết, dân bàn, dân làm, "
      "dân kiểm tra, dân giám sát và dân thụ hưởng”." },
  { "front-mass-organisations.3", "II.6.1 #3", "front-mass-organisations",
    "mat-tran-to-quoc,to-chuc-chinh-tri-xa-hoi", "", 0, FALSE,
    "Làm tốt công tác xây dựng tổ chức trong sạch, vững "
      "mạnh toàn diện, trọng tâm là công tác tập hợp, phát "
      "triển đoàn viên, hội viên được tăng cường. Tổ "
      "chức phát động nhiều phong trào thi đua yêu nước, các "
      "cuộc vận động thiết thực, hiệu quả có sức lan "
      "tỏa cao, góp phần củng cố niềm tin của Nhân dân, "
      "tăng cường sự đồng thuận xã hội và thực hiện "
      "thắng lợi các mục tiêu phát triển kinh tế - xã hội "
      "của địa phương." },
  { "marine-economy.1", "III.2.1 ¶1a", "marine-economy",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Huy động mọi nguồn vốn đầu tư, đề xuất, báo cáo "
      "Ủy ban nhân dân thành phố cơ chế khuyến khích và "
      "đẩy mạnh thu hút mạnh mẽ nguồn vốn xã hội hóa "
      "đầu tư vào phát triển kết cấu hạ tầng giao thông "
      "đồng bộ trên địa bàn phường." },
  { "marine-economy.2", "III.2.1 ¶1b", "marine-economy",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Giải quyết các nút thắt, các vướng mắc trong phát "
      "triển kinh tế xã hội, cải thiện môi trường đầu tư "
      "kinh doanh." },
  { "marine-economy.3", "III.2.1 ¶1c", "marine-economy",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tập trung phát triển các ngành kinh tế biển, các lĩnh "
      "vực có thế mạnh như: du lịch, dịch vụ, thương mại, "
      "tổ chức các sự kiện.... Tạo điều kiện thuận lợi "
      "để các doanh nghiệp đầu tư phát triển cơ sở hạ "
      "tầng du lịch, thương mại." },
  { "marine-economy.4", "III.2.1 ¶1d", "marine-economy",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Phấn đấu xây dựng từ 1 đến 2 trung tâm thương mại "
      "lớn tại phường Đồ Sơn." },
  { "marine-economy.5", "III.2.1 ¶1e", "marine-economy",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tranh thủ nguồn vốn để nâng cấp cảng cá Ngọc Hải, "
      "trung tâm dịch vụ hậu cần thủy sản." },
  { "marine-economy.6", "III.2.1 ¶1f", "marine-economy",
    "ubnd-phuong", "co-quan-chuyen-mon", 2030, FALSE,
    "Tập trung công tác thu ngân sách, giải ngân vốn đầu "
      "tư công giai đoạn 2026 - 2030. Triển khai thực hiện có "
      "hiệu quả kế hoạch đầu tư công trung hạn giai đoạn "
      "2026 - 2030." },
  { "tourism-centre.1", "III.2.2 ¶1a", "tourism-centre",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Thực hiện tốt công tác quy hoạch tổng thể và quản "
      "lý quy hoạch; điều chỉnh quy hoạch chung, quy hoạch "
      "phân khu phường Đồ Sơn, quy hoạch chi tiết khu Du lịch "
      "và công bố quy hoạch chi tiết để mời gọi các nhà "
      "đầu tư, các tập đoàn lớn." },
  { "tourism-centre.2", "III.2.2 ¶1b", "tourism-centre",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tiếp tục đề xuất, tham mưu với thành phố triển khai "
      "dự án thoát nước thải khu du lịch, đầu tư hạ tầng "
      "giao thông kết nối đa phương thức, kết nối liên vùng "
      "và khu vực; nhất là quy hoạch và đẩy mạnh đầu tư "
      "hạ tầng cảng biển... để tăng cường khả năng tiếp "
      "cận điểm đến từ biển; đầu tư phát triển khoa "
      "học và công nghệ biển gắn với phát triển du lịch "
      "biển, ưu tiên lĩnh vực hải dương học." },
  { "tourism-centre.3", "III.2.2 ¶2", "tourism-centre",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Nâng cao hiệu lực, hiệu quả công tác quản lý nhà "
      "nước đối với các hoạt động du lịch: thành lập "
      "tổ công tác đặc biệt về xúc tiến đầu tư, phát "
      "triển hạ tầng, truyền thông và quản lý môi trường, "
      "đô thị; xây dựng “Phường số Đồ Sơn” quản lý "
      "dịch vụ công, quảng bá du lịch xanh thông minh..." },
  { "tourism-centre.4", "III.2.2 ¶3a", "tourism-centre",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Bảo tồn và phát huy các giá trị văn hóa truyền thống "
      "như: liên hoan du lịch, Lễ hội chọi trâu - Di sản văn "
      "hóa phi vật thể Quốc gia, Lễ hội Đào Dấu, Khu di "
      "tích Quốc gia đặc biệt Bến K15... theo hướng văn minh, "
      "bảo tồn tính linh thiêng và nhân văn, kết hợp lễ "
      "hội với quảng bá du lịch, khẳng định giá trị văn "
      "hóa đặc trưng của địa phương; gìn giữ ý nghĩa tâm "
      "linh và phong tục cổ truyền." },
  { "tourism-centre.5", "III.2.2 ¶3b", "tourism-centre",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Bảo tồn di sản văn hóa vật thể và phi vật thể, "
      "trùng tu, bảo vệ các di tích, các công trình kiến trúc "
      "lịch sử, ghi chép, phục dựng và quảng bá các loại "
      "hình nghệ thuật dân gian như dân ca, các phong tục "
      "truyền thống." },
  { "tourism-centre.6", "III.2.2 ¶4a", "tourism-centre",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tăng cường tuyên truyền, quảng bá, xúc tiến du lịch "
      "bằng nhiều hình thức: nâng tầm tổ chức các sự "
      "kiện, lễ hội để phát huy các giá trị văn hoá trên "
      "địa bàn; đẩy mạnh phát triển và quảng bá văn hoá "
      "ẩm thực truyền thống, cá thu một nắng, hải sản "
      "truyền thống Đồ Sơn; tổ chức các cuộc thi sáng tạo "
      "sản phẩm du lịch." },
  { "tourism-centre.7", "III.2.2 ¶4b", "tourism-centre",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tăng cường tuyên truyền, quảng bá, xúc tiến du lịch "
      "bằng nhiều hình thức: thiết lập quỹ “Phát triển "
      "Đồ Sơn” với sự đồng hành của nhiều doanh nghiệp." },
  { "tourism-centre.8", "III.2.2 ¶4c", "tourism-centre",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tăng cường tuyên truyền, quảng bá, xúc tiến du lịch "
      "bằng nhiều hình thức: phát triển một số sản phẩm, "
      "loại hình du lịch mới (Lễ hội đua thuyền rồng, các "
      "giải chạy marathon, đua xe đạp, các sự kiện trong "
      "nước và quốc tế)..." },
  { "tourism-centre.9", "III.2.2 ¶5", "tourism-centre",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tập trung đầu tư, đào tạo nguồn nhân lực chất "
      "lượng cao đáp ứng yêu cầu công việc: xây dựng trung "
      "tâm đào tạo thực hành du lịch và văn hóa biển đảo "
      "Đồ Sơn, phối hợp với các trường Cao đẳng, Đại "
      "học mở các lớp đào tạo nghề du lịch-dịch vụ." },
  { "master-plan-infrastructure.1", "III.2.3 ¶1a", "master-plan-infrastructure",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tập trung cao cho công tác giải phóng mặt bằng thực "
      "hiện các dự án trên địa bàn phường." },
  { "master-plan-infrastructure.2", "III.2.3 ¶1b", "master-plan-infrastructure",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Làm tốt công tác quy hoạch và kịp thời tháo gỡ các "
      "nút thắt, vướng mắc trong phát triển kinh tế, chỉnh "
      "trang, phát triển đô thị, du lịch tại các khu đất "
      "của các bộ, ngành trung ương quản lý đã xuống cấp, "
      "để lãng phí, sử dụng không hiệu quả để đầu tư "
      "phát triển hạ tầng đô thị, xây dựng, “tái "
      "thiết” và “đánh thức” tiềm năng, lợi thế, góp "
      "phần chỉnh trang, đổi mới, phát triển đô thị du "
      "lịch biển." },
  { "master-plan-infrastructure.3", "III.2.3 ¶1c", "master-plan-infrastructure",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Triển khai đồng bộ, thường xuyên các giải pháp quản "
      "lý đô thị, bảo đảm kiến trúc cảnh quan, vệ sinh "
      "môi trường, tạo diện mạo mới cho các đô thị." },
  { "master-plan-infrastructure.4", "III.2.3 ¶1d", "master-plan-infrastructure",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tiếp tục đầu tư, xây dựng kết cấu hạ tầng giao "
      "thông theo hướng đồng bộ, hiện đại, kết nối liên "
      "vùng. Thực hiện các cơ chế, chính sách phù hợp để "
      "thu hút các nguồn vốn trong nước và quốc tế trong "
      "đầu tư, xây dựng kết cấu hạ tầng giao thông đô "
      "thị, đẩy mạnh việc triển khai các dự án trọng "
      "điểm." },
  { "land-construction-environment.1", "III.2.4 ¶1a", "land-construction-environment",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Đẩy mạnh công tác quy hoạch xây dựng, đất đai theo "
      "hướng mở rộng không gian khu du lịch, tiếp tục lấn "
      "biển, kết nối hạ tầng giao thông đường bộ, "
      "đường biển, đề xuất xây dựng các bến cảng du "
      "lịch kết nối với Cát Bà, Hạ Long." },
  { "land-construction-environment.2", "III.2.4 ¶1b", "land-construction-environment",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tăng cường, nâng cao chất lượng công tác tuyên "
      "truyền, phổ biến, giáo dục pháp luật trong các lĩnh "
      "vực quản lý quy hoạch, quản lý đất đai, tài nguyên "
      "môi trường. Nâng cao trách nhiệm của người đứng "
      "đầu cấp uỷ, chính quyền, các cơ quan, đơn vị về "
      "công tác quản lý quy hoạch, xây dựng và phát triển "
      "đô thị tại địa phương, đơn vị được phân công "
      "phụ trách." },
  { "land-construction-environment.3", "III.2.4 ¶1c", "land-construction-environment",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tiếp tục thực hiện công tác cải cách hành chính trong "
      "lĩnh vực đất đai, quy hoạch, cấp giấy phép xây "
      "dựng. Tăng cường ứng dụng công nghệ thông tin trong "
      "quản lý trật tự xây dựng đô thị." },
  { "land-construction-environment.4", "III.2.4 ¶2a", "land-construction-environment",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Triển khai đồng bộ các giải pháp nhằm hạn chế "
      "việc phát sinh nguồn rác thải nơi công cộng; tăng "
      "cường việc thu gom rác, vận chuyển rác, xử lý rác "
      "thải đảm bảo vệ sinh môi trường và mỹ quan đô "
      "thị. Tăng cường kiểm tra, xử lý các vi phạm về vệ "
      "sinh môi trường theo quy định." },
  { "land-construction-environment.5", "III.2.4 ¶2b", "land-construction-environment",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Chủ động xây dựng kế hoạch phòng ngừa và ứng phó "
      "đối với các sự cố về môi trường, biến đổi khí "
      "hậu; các giải pháp bảo vệ môi trường biển, phòng "
      "chống suy thoái các hệ sinh thái khu vực đảo Hòn Dấu, "
      "cảnh báo thiên tai, cứu hộ, cứu nạn; nghiên cứu, "
      "khảo sát, đề xuất với thành phố xây dựng các công "
      "trình để chủ động ứng phó sự cố môi trường, "
      "biến đổi khí hậu và nước biển dâng." },
  { "education-health-culture-social.1", "III.2.5 ¶1a", "education-health-culture-social",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tập trung nâng cao chất lượng giáo dục toàn diện, "
      "giáo dục mũi nhọn, tỷ lệ học sinh trúng tuyển vào "
      "các trường đại học. Đổi mới công tác quản lý, "
      "thanh tra, kiểm tra. Đẩy mạnh chuyển đổi số trong "
      "quản lý giáo dục và hoạt động dạy và học, nâng cao "
      "kết quả phổ cập giáo dục, triển khai có hiệu quả "
      "công tác khuyến học, khuyến tài trên địa bàn "
      "phường." },
  { "education-health-culture-social.2", "III.2.5 ¶1b", "education-health-culture-social",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Đẩy mạnh thực hiện có hiệu quả công tác y tế, dân "
      "số, kế hoạch hóa gia đình; xây dựng phường đạt "
      "chuẩn quốc gia về y tế. Tiếp tục đầu tư cơ sở "
      "vật chất, nâng cao chất lượng đội ngũ y, bác sỹ "
      "nhằm nâng cao chất lượng khám chữa bệnh cho Nhân dân "
      "trên địa bàn." },
  { "education-health-culture-social.3", "III.2.5 ¶1c", "education-health-culture-social",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tăng cường quản lý nhà nước về hành nghề y dược "
      "tư nhân, an toàn thực phẩm, nâng cao tỷ lệ người dân "
      "tham gia bảo hiểm y tế." },
  { "education-health-culture-social.4", "III.2.5 ¶2a", "education-health-culture-social",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tiếp tục triển khai thực hiện đồng bộ, hiệu quả "
      "các cơ chế, chính sách đối với người có công với "
      "cách mạng, đối tượng bảo trợ xã hội, thực hiện "
      "tốt công tác giảm nghèo, công tác an sinh xã hội." },
  { "education-health-culture-social.5", "III.2.5 ¶2b", "education-health-culture-social",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tăng cường công tác quản lý nhà nước về văn hoá, "
      "lễ hội; chú trọng xây dựng môi trường văn hoá lành "
      "mạnh. Bảo tồn và phát huy giá trị các di tích lịch "
      "sử, văn hoá. Huy động các nguồn lực để xây dựng "
      "thiết chế văn hóa tạo điều kiện để phát triển "
      "văn hóa cơ sở." },
  { "education-health-culture-social.6", "III.2.5 ¶2c", "education-health-culture-social",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Đẩy mạnh phong trào “Toàn dân đoàn kết xây dựng "
      "đời sống văn hóa” gắn với xây dựng đô thị văn "
      "minh xanh, sạch, đẹp. Xây dựng môi trường văn hóa "
      "lành mạnh, giữ gìn và phát huy bản sắc văn hóa của "
      "người Đồ Sơn. Xây dựng người Đồ Sơn phát triển "
      "toàn diện, đáp ứng yêu cầu phát triển bền vững "
      "của phường và thành phố trong kỷ nguyên vươn mình "
      "của đất nước." },
  { "government-admin-reform-digital.1", "III.2.6 ¶1a", "government-admin-reform-digital",
    "ubnd-phuong", "co-quan-chuyen-mon", 2026, FALSE,
    "Lãnh đạo tổ chức tốt cuộc bầu cử đại biểu "
      "Quốc hội khóa XVI và bầu cử đại biểu Hội đồng "
      "nhân dân các cấp nhiệm kỳ 2026 - 2031." },
  { "government-admin-reform-digital.2", "III.2.6 ¶1b", "government-admin-reform-digital",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Triển khai thực hiện tốt bộ chỉ số cải cách hành "
      "chính, nâng cao hiệu quả hoạt động của Trung tâm "
      "Phục vụ hành chính công theo phương châm thực hiện "
      "các dịch vụ công, các thủ tục hành chính, phản hồi "
      "nhanh, đúng quy định, có trách nhiệm “Vì người dân, "
      "doanh nghiệp”." },
  { "government-admin-reform-digital.3", "III.2.6 ¶1c", "government-admin-reform-digital",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tiếp tục thực hiện chuẩn hóa các thủ tục hành "
      "chính theo quy trình ISO 9001-2015." },
  { "government-admin-reform-digital.4", "III.2.6 ¶1d", "government-admin-reform-digital",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Thực hiện tốt các nhiệm vụ về chuyển đổi số, "
      "xây dựng chính quyền điện tử, hướng tới xây dựng "
      "đô thị thông minh. Chuyển đổi số được xác định "
      "là động lực xuyên suốt, thúc đẩy đổi mới phương "
      "thức quản trị, nâng cao chất lượng phục vụ Nhân "
      "dân và phát triển kinh tế - xã hội bền vững, xây "
      "dựng chính quyền kiến tạo, thân thiện." },
  { "government-admin-reform-digital.5", "III.2.6 ¶1e", "government-admin-reform-digital",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Thực hiện đồng bộ các giải pháp phòng chống tham "
      "nhũng, lãng phí, tiêu cực chú trọng công tác phòng "
      "ngừa; tăng cường kiểm tra, giám sát các lĩnh vực, "
      "địa bàn có nhiều nguy cơ và dư luận về tham nhũng, "
      "lãng phí, tiêu cực." },
  { "central-city-resolutions.57", "III.2.7 ¶1 (57-NQ/TW)", "central-city-resolutions",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tập trung chỉ đạo thực hiện các nhiệm vụ trọng "
      "tâm và các khâu đột phá phát triển, cụ thể hóa "
      "thành các Chương trình, Kế hoạch và vận dụng sáng "
      "tạo … Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ "
      "Chính trị về đột phá phát triển khoa học, công "
      "nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia "
      "chú trọng phát triển hạ tầng số, dữ liệu số, thúc "
      "đẩy ứng dụng công nghệ mới trong mọi lĩnh vực." },
  { "central-city-resolutions.59", "III.2.7 ¶1 (59-NQ/TW)", "central-city-resolutions",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tập trung chỉ đạo thực hiện các nhiệm vụ trọng "
      "tâm và các khâu đột phá phát triển, cụ thể hóa "
      "thành các Chương trình, Kế hoạch và vận dụng sáng "
      "tạo … Nghị quyết số 59-NQ/TW của Bộ Chính trị ngày "
      "24/01/2025 về hội nhập quốc tế trong tình hình mới." },
  { "central-city-resolutions.66", "III.2.7 ¶1 (66-NQ/TW)", "central-city-resolutions",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tập trung chỉ đạo thực hiện các nhiệm vụ trọng "
      "tâm và các khâu đột phá phát triển, cụ thể hóa "
      "thành các Chương trình, Kế hoạch và vận dụng sáng "
      "tạo … Nghị quyết số 66-NQ/TW của Bộ Chính trị ngày "
      "30/04/2025 về đổi mới công tác xây dựng và thi hành "
      "pháp luật đáp ứng yêu cầu phát triển đất nước "
      "trong kỷ nguyên mới." },
  { "central-city-resolutions.68", "III.2.7 ¶1 (68-NQ/TW)", "central-city-resolutions",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tập trung chỉ đạo thực hiện các nhiệm vụ trọng "
      "tâm và các khâu đột phá phát triển, cụ thể hóa "
      "thành các Chương trình, Kế hoạch và vận dụng sáng "
      "tạo … Nghị quyết số 68-NQ/TW của Bộ Chính trị ngày "
      "04/05/2025 về phát triển kinh tế tư nhân." },
  { "central-city-resolutions.226", "III.2.7 ¶1 (226/2025/QH15)", "central-city-resolutions",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Triển khai hiệu quả Nghị quyết số 226/2025/QH15 của "
      "Quốc hội về thí điểm một số cơ chế, chính sách "
      "đặc thù phát triển thành phố Hải Phòng như xây dựng "
      "Hải Phòng trở thành Trung tâm quốc tế đào tạo, "
      "nghiên cứu, ứng dụng công nghệ biển, xây dựng Đồ "
      "Sơn phát triển nhanh và tham gia vào hệ sinh thái Khu kinh "
      "tế ven biển phía Nam Hải Phòng, cảng biển Nam Đồ "
      "Sơn..." },
  { "central-city-resolutions.70", "III.2.7 ¶1 (70-NQ/TW)", "central-city-resolutions",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tập trung chỉ đạo thực hiện các nhiệm vụ trọng "
      "tâm và các khâu đột phá phát triển, cụ thể hóa "
      "thành các Chương trình, Kế hoạch và vận dụng sáng "
      "tạo … Nghị quyết số 70-NQ/TW ngày 20/8/2025 của Bộ "
      "Chính trị về bảo đảm an ninh năng lượng quốc gia "
      "đến năm 2030, tầm nhìn đến năm 2045." },
  { "central-city-resolutions.71", "III.2.7 ¶1 (71-NQ/TW)", "central-city-resolutions",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tập trung chỉ đạo thực hiện các nhiệm vụ trọng "
      "tâm và các khâu đột phá phát triển, cụ thể hóa "
      "thành các Chương trình, Kế hoạch và vận dụng sáng "
      "tạo … Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ "
      "Chính trị về đột phá phát triển giáo dục và đào "
      "tạo." },
  { "central-city-resolutions.72", "III.2.7 ¶1 (72-NQ/TW)", "central-city-resolutions",
    "ubnd-phuong", "co-quan-chuyen-mon", 0, FALSE,
    "Tập trung chỉ đạo thực hiện các nhiệm vụ trọng "
      "tâm và các khâu đột phá phát triển, cụ thể hóa "
      "thành các Chương trình, Kế hoạch và vận dụng sáng "
      "tạo … Nghị quyết số 72-NQ/TW ngày 9/9/2025 của Bộ "
      "Chính trị về một số giải pháp đột phá, tăng "
      "cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân "
      "dân." },
  { "defence-security-tasks.1", "IV.2 ¶1", "defence-security-tasks",
    "ubnd-phuong,cong-an-phuong,ban-chi-huy-quan-su-phuong", "", 0, FALSE,
    "Kết hợp chặt chẽ giữa phát triển kinh tế - xã hội "
      "với củng cố quốc phòng - an ninh, xây dựng phường "
      "Đồ Sơn trở thành khu vực phòng thủ vững chắc, "
      "trọng điểm về quốc phòng an ninh. Duy trì chế độ "
      "trực sẵn sàng chiến đấu. Hoàn thành tốt nhiệm vụ "
      "quân sự, quốc phòng địa phương, đặc biệt là công "
      "tác tuyển chọn, gọi công dân nhập ngũ và tuyển chọn "
      "công dân thực hiện nghĩa vụ công an Nhân dân." },
  { "defence-security-tasks.2", "IV.2 ¶2", "defence-security-tasks",
    "ubnd-phuong,cong-an-phuong,ban-chi-huy-quan-su-phuong", "", 2030, FALSE,
    "Bảo đảm an ninh trật tự trên khu vực biên giới "
      "biển; giữ vững ổn định an ninh chính trị, trật tự "
      "an toàn xã hội trong mọi tình huống. Chủ động phòng "
      "ngừa và đấu tranh có hiệu quả với các loại tội "
      "phạm và tệ nạn xã hội; không để các ổ nhóm tội "
      "phạm hình sự, ma túy, tệ nạn xã hội tồn tại trên "
      "địa bàn; chú trọng nâng cao hiệu quả công tác quản "
      "lý nhà nước về an ninh trật tự. Phát triển sâu rộng "
      "phong trào “Toàn dân bảo vệ an ninh Tổ quốc”. Xây "
      "dựng lực lượng Công an phường thực sự trong sạch, "
      "vững mạnh, gắn bó mật thiết với Nhân dân, đáp ứng "
      "yêu cầu nhiệm vụ trong tình hình mới. Làm tốt công "
      "tác phòng ngừa không để hình thành tụ điểm phức "
      "tạp về trật tự an toàn xã hội. Thực hiện Nghị "
      "quyết số 01-NQ/ĐU ngày 5/9/2025 của Đảng ủy phường "
      "tiếp tục thực hiện các Kế hoạch, Hướng dẫn của "
      "Bộ Công an về công tác rà soát, phát hiện, quản lý, "
      "xử lý người sử dụng trái phép chất ma túy, người "
      "bị quản lý sau cai, đối tượng mua, bán trái phép "
      "chất ma túy, điểm tổ chức, chứa chấp sử dụng trái "
      "phép chất ma túy; Nghị quyết số 18-NQ/TU ngày 26/02/2025 "
      "của Thành ủy Hải Phòng và Đề án số 05 ngày 11/6/2025 "
      "của UBND thành phố Hải Phòng về “xây dựng Hải "
      "Phòng trở thành thành phố không ma túy”. Phấn đấu "
      "đến hết năm 2030 trở thành phường không ma túy và "
      "xây dựng lộ trình thí điểm nhân rộng toàn phường "
      "mô hình “Xây dựng con người xã hội chủ nghĩa gắn "
      "với chủ nghĩa xã hội”." },
  { "implementation.1", "C.1", "implementation",
    "ban-thuong-vu-dang-uy", "", 0, FALSE,
    "Ban Thường vụ Đảng ủy tổ chức hội nghị quán "
      "triệt và triển khai Chương trình hành động của Ban "
      "Chấp hành Đảng bộ phường thực hiện Nghị quyết "
      "Đại hội đại biểu Đảng bộ phường lần thứ I, "
      "nhiệm kỳ 2025 - 2030." },
  { "implementation.2", "C.2", "implementation",
    "hdnd-phuong", "", 0, TRUE,
    "Hội đồng nhân dân phường có trách nhiệm cụ thể "
      "hóa Chương trình hành động của Ban Chấp hành Đảng "
      "bộ phường bằng các Nghị quyết về phát triển kinh "
      "tế - xã hội hằng năm và các Nghị quyết chuyên đề; "
      "thường xuyên tổ chức giám sát việc thực hiện các "
      "Nghị quyết." },
  { "implementation.3", "C.3", "implementation",
    "cap-uy-truc-thuoc", "", 0, FALSE,
    "Căn cứ Chương trình hành động của Ban Chấp hành "
      "Đảng bộ phường, các cấp ủy chủ động xây dựng "
      "kế hoạch triển khai Chương trình hành động của Ban "
      "Chấp hành Đảng bộ phường và Chương trình hành "
      "động thực hiện Nghị quyết Đại hội của cấp mình." },
  { "implementation.4", "C.4", "implementation",
    "ubnd-phuong,ban-xay-dung-dang,uy-ban-kiem-tra-dang-uy,mat-tran-to-quoc,to-chuc-chinh-tri-xa-hoi,co-quan-chuyen-mon", "", 0, FALSE,
    "Ủy ban nhân dân phường, Ban Xây dựng Đảng, Ủy ban "
      "Kiểm tra Đảng ủy, Mặt trận Tổ quốc, các tổ chức "
      "chính trị - xã hội phường, các cơ quan chuyên môn, "
      "đơn vị, xây dựng kế hoạch tổ chức thực hiện "
      "Chương trình hành động của Ban Chấp hành Đảng bộ "
      "phường." },
  { "implementation.5", "C.5", "implementation",
    "ban-xay-dung-dang,uy-ban-kiem-tra-dang-uy,van-phong-dang-uy", "", 0, FALSE,
    "Ban Xây dựng Đảng, Ủy ban Kiểm tra, Văn phòng Đảng "
      "ủy có trách nhiệm giúp Đảng ủy đôn đốc, kiểm tra "
      "thường xuyên việc tổ chức thực hiện từng chương "
      "trình đã được phân công." },
  { "implementation.report", "C.5 ¶2", "implementation",
    "ubnd-phuong,van-phong-dang-uy", "ban-xay-dung-dang,uy-ban-kiem-tra-dang-uy", 0, FALSE,
    "Giao Ủy ban nhân dân phường, Văn phòng Đảng ủy chủ "
      "trì phối hợp với Ban Xây dựng Đảng, Ủy ban Kiểm tra "
      "Đảng ủy theo dõi việc thực hiện Chương trình hành "
      "động của Ban Chấp hành Đảng bộ phường; tổng hợp, "
      "báo cáo kết quả thực hiện với Ban Thường vụ Đảng "
      "ủy, Ban Chấp hành Đảng bộ phường để kịp thời "
      "bổ khuyết chỉ đạo." },
};

static DosonCtrProgram *
builtin (void)
{
  GError *error = NULL;
  DosonCtrProgram *program = doson_ctr_program_new_builtin (&error);

  ck_assert_msg (program != NULL, "%s", error != NULL ? error->message : "");
  return program;
}

/* @ids (a GPtrArray of strings) is the comma-separated list @want. */
static void
assert_ids (GPtrArray  *ids,
            const char *want,
            const char *what)
{
  g_auto(GStrv) parts = want[0] != '\0' ? g_strsplit (want, ",", -1) : g_new0 (char *, 1);
  guint i;

  ck_assert_msg (ids->len == g_strv_length (parts), "%s: %u units, expected %u",
                 what, ids->len, g_strv_length (parts));
  for (i = 0; i < ids->len; i++)
    ck_assert_msg (strcmp (g_ptr_array_index (ids, i), parts[i]) == 0,
                   "%s: unit %u is %s, expected %s", what, i,
                   (const char *) g_ptr_array_index (ids, i), parts[i]);
}

START_TEST (test_every_task)
{
  g_autoptr(DosonCtrProgram) program = builtin ();
  GPtrArray *tasks = doson_ctr_program_get_tasks (program);
  const ExpectedTask *e = &expected[_i];
  DosonCtrTask *task;

  ck_assert_uint_eq (tasks->len, G_N_ELEMENTS (expected));
  task = g_ptr_array_index (tasks, _i);
  ck_assert_str_eq (doson_ctr_task_get_id (task), e->id);
  ck_assert_ptr_eq (doson_ctr_program_lookup_task (program, e->id), task);
  ck_assert_str_eq (doson_ctr_task_get_ref (task), e->ref);
  ck_assert_str_eq (doson_ctr_task_get_goal_id (task), e->goal);
  ck_assert_str_eq (doson_ctr_task_get_text (task, "vi"), e->text_vi);
  assert_ids (doson_ctr_task_get_lead_unit_ids (task), e->lead_units, e->id);
  assert_ids (doson_ctr_task_get_partner_unit_ids (task), e->partner_units, e->id);
  ck_assert_int_eq (doson_ctr_task_get_deadline_year (task), e->deadline_year);
  ck_assert_int_eq (doson_ctr_task_get_yearly (task), e->yearly);
  /* An English text of its own, not the Vietnamese fallback. */
  ck_assert_str_ne (doson_ctr_task_get_text (task, "en"), e->text_vi);
}
END_TEST

/* The number of tasks whose ref starts with @prefix. */
static guint
count_refs (const char *prefix)
{
  guint i, n = 0;

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    n += g_str_has_prefix (expected[i].ref, prefix);
  return n;
}

START_TEST (test_counts_by_section)
{
  g_autoptr(DosonCtrProgram) program = builtin ();
  g_autoptr(GPtrArray) party = doson_ctr_program_get_tasks_for_goal (program, "party-building", TRUE);
  g_autoptr(GPtrArray) socio = doson_ctr_program_get_tasks_for_goal (program, "socio-economic-tasks", TRUE);
  g_autoptr(GPtrArray) defence = doson_ctr_program_get_tasks_for_goal (program, "defence-security", TRUE);
  g_autoptr(GPtrArray) part_c = doson_ctr_program_get_tasks_for_goal (program, "implementation", TRUE);
  g_autoptr(GPtrArray) reporting = doson_ctr_program_get_tasks_for_unit (program, "van-phong-dang-uy", FALSE);

  /* The bullets of II.1.2, II.2.1, II.3.1, II.4.2, II.5.1, II.6.1. */
  ck_assert_uint_eq (count_refs ("II.1.2 "), 9);
  ck_assert_uint_eq (count_refs ("II.2.1 "), 4);
  ck_assert_uint_eq (count_refs ("II.3.1 "), 4);
  ck_assert_uint_eq (count_refs ("II.4.2 "), 3);
  ck_assert_uint_eq (count_refs ("II.5.1 "), 3);
  ck_assert_uint_eq (count_refs ("II.6.1 "), 3);
  ck_assert_uint_eq (party->len, 26);
  /* The 13 paragraphs of III.2.1–III.2.7, split. */
  ck_assert_uint_eq (count_refs ("III.2.1 "), 6);
  ck_assert_uint_eq (count_refs ("III.2.2 "), 9);
  ck_assert_uint_eq (count_refs ("III.2.3 "), 4);
  ck_assert_uint_eq (count_refs ("III.2.4 "), 5);
  ck_assert_uint_eq (count_refs ("III.2.5 "), 6);
  ck_assert_uint_eq (count_refs ("III.2.6 "), 5);
  ck_assert_uint_eq (count_refs ("III.2.7 "), 8);
  ck_assert_uint_eq (socio->len, 43);
  ck_assert_uint_eq (defence->len, 2);
  ck_assert_uint_eq (part_c->len, 6);
  ck_assert_uint_eq (doson_ctr_program_get_tasks (program)->len, 26 + 43 + 2 + 6);
  /* Part C's closing paragraph: the compiling and reporting of results. */
  ck_assert_ptr_nonnull (doson_ctr_program_lookup_task (program, "implementation.report"));
  ck_assert_uint_eq (reporting->len, 5);
}
END_TEST

/* Every task belongs to a section that has them, and its lead units are
 * those the section's "Phân công thực hiện" names, or a subset of them
 * (Part C, whose items name their units one by one). */
START_TEST (test_units_of_sections)
{
  g_autoptr(DosonCtrProgram) program = builtin ();
  GPtrArray *tasks = doson_ctr_program_get_tasks (program);
  guint i, j;

  for (i = 0; i < tasks->len; i++)
    {
      DosonCtrTask *task = g_ptr_array_index (tasks, i);
      DosonCtrGoal *goal = doson_ctr_program_lookup_goal (program, doson_ctr_task_get_goal_id (task));
      GPtrArray *lead = doson_ctr_task_get_lead_unit_ids (task);

      ck_assert_ptr_nonnull (goal);
      if (strcmp (doson_ctr_goal_get_id (goal), "implementation") == 0)
        continue;
      for (j = 0; j < lead->len; j++)
        ck_assert_msg (g_ptr_array_find_with_equal_func (doson_ctr_goal_get_lead_unit_ids (goal),
                                                         g_ptr_array_index (lead, j),
                                                         g_str_equal, NULL),
                       "%s: lead unit %s is not a lead unit of its section %s",
                       doson_ctr_task_get_id (task),
                       (const char *) g_ptr_array_index (lead, j),
                       doson_ctr_goal_get_id (goal));
    }
}
END_TEST

/* Written and read back, the built-in programme with its tasks is the
 * same. */
START_TEST (test_round_trip)
{
  g_autoptr(DosonCtrProgram) program = builtin ();
  g_autoptr(DosonCtrProgram) again = NULL;
  g_autofree char *text = doson_ctr_program_to_data (program, NULL);
  GError *error = NULL;

  again = doson_ctr_program_new_from_data (text, -1, "again", &error);
  ck_assert_msg (again != NULL, "%s", error != NULL ? error->message : "");
  ck_assert (doson_ctr_program_equal (program, again));
}
END_TEST

/* The typos of the document that the built-in texts correct
 * (data/README.md, "Wording"): the document's wording, then the data's. */
static const struct
{
  const char *seed;
  const char *data;
} corrections[] = {
  { "Cùng cố đi liền", "Củng cố đi liền" },                        /* II.1.2 #3 */
  { "Phân đầu xây dụng", "Phấn đấu xây dựng" },                    /* III.2.1 ¶1d */
  { "khu vực biên giới biên;", "khu vực biên giới biển;" },        /* IV.2 ¶2 */
  { "Phân đấu đến hết năm 2030", "Phấn đấu đến hết năm 2030" },    /* IV.2 ¶2 */
};

/* @text without markdown emphasis ("*") and with every run of white
 * space one space; newly allocated. */
static char *
normalise (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *p;

  for (p = text; *p != '\0'; p++)
    {
      if (*p == '*')
        continue;
      if (g_ascii_isspace (*p))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* The seed (tests/data/seed/03-CTr-DU.txt, the document as supplied to
 * the project), normalised, with the documented corrections made: each
 * must find its original wording in the seed. Newly allocated. */
static char *
corrected_seed (char **raw)
{
  g_autofree char *path = srcdir_path ("data", "seed", "03-CTr-DU.txt", NULL);
  char *text = NULL;
  guint i;

  *raw = test_read_file (path, NULL);
  text = normalise (*raw);
  for (i = 0; i < G_N_ELEMENTS (corrections); i++)
    {
      g_auto(GStrv) parts = g_strsplit (text, corrections[i].seed, -1);

      ck_assert_msg (g_strv_length (parts) > 1, "correction %u: \"%s\" is not in the seed",
                     i, corrections[i].seed);
      g_free (text);
      text = g_strjoinv (corrections[i].data, parts);
    }
  return text;
}

/* Every fragment of @text occurs in @seed: the text is cut after ". "
 * and ": " and at " … " (the lead-in of III.2.7 and the resolution were
 * joined so), and a fragment's final full stop is left out, as the
 * document closes an item of a list with ";". */
static void
assert_in_seed (const char *seed,
                const char *text,
                const char *id)
{
  const char *start = text, *p = text;

  while (*start != '\0')
    {
      g_autofree char *fragment = NULL;
      const char *next;
      gsize len;

      if (g_str_has_prefix (p, " … "))
        next = p + strlen (" … ");
      else if ((*p == '.' || *p == ':') && p[1] == ' ')
        next = ++p + 1;
      else if (*p == '\0')
        next = p;
      else
        {
          p++;
          continue;
        }
      len = p - start;
      if (len > 0 && start[len - 1] == '.')
        len--;
      fragment = g_strndup (start, len);
      ck_assert_msg (*fragment == '\0' || strstr (seed, fragment) != NULL,
                     "%s: \"%s\" is not in the seed", id, fragment);
      start = p = next;
    }
}

/* The first line of a section of the seed whose heading, without
 * markdown marks, starts with @heading (from line @from); -1 if none. */
static int
find_heading (char       **lines,
              int          from,
              const char  *heading)
{
  int i;

  for (i = from; lines[i] != NULL; i++)
    {
      const char *p = lines[i];

      while (*p == '#' || *p == '*' || *p == ' ')
        p++;
      if (g_str_has_prefix (p, heading))
        return i;
    }
  return -1;
}

/* Every task's Vietnamese text is the seed's wording, and its section
 * (the ref up to its first space: "III.2.7", "C.5") is a heading of the
 * seed: the part ("II-", "III-", "IV-", "C."), then the number within
 * it ("2.7.") after the part's heading (the first one: a weak check
 * for the parts' own numbering). Independent of the table above, which
 * comes from the same transcription as the data. */
START_TEST (test_against_seed)
{
  g_autoptr(DosonCtrProgram) program = builtin ();
  GPtrArray *tasks = doson_ctr_program_get_tasks (program);
  g_autofree char *raw = NULL;
  g_autofree char *seed = corrected_seed (&raw);
  g_auto(GStrv) lines = g_strsplit (raw, "\n", -1);
  guint i;

  for (i = 0; i < tasks->len; i++)
    {
      DosonCtrTask *task = g_ptr_array_index (tasks, i);
      const char *id = doson_ctr_task_get_id (task);
      const char *ref = doson_ctr_task_get_ref (task);
      g_autofree char *section = g_strndup (ref, strcspn (ref, " "));
      g_autofree char *part = NULL;
      g_autofree char *number = NULL;
      const char *dot = strchr (section, '.');
      int at;

      assert_in_seed (seed, doson_ctr_task_get_text (task, "vi"), id);
      ck_assert_ptr_nonnull (dot);
      part = g_strdup_printf ("%.*s%s", (int) (dot - section), section,
                              g_str_equal (section, "C") || g_str_has_prefix (section, "C.") ? "." : "-");
      number = g_strdup_printf ("%s.", dot + 1);
      at = find_heading (lines, 0, part);
      ck_assert_msg (at >= 0, "%s: no part %s in the seed", id, part);
      ck_assert_msg (find_heading (lines, at + 1, number) >= 0,
                     "%s: no section %s after part %s in the seed", id, number, part);
    }
}
END_TEST

static Suite *
builtin_tasks_suite (void)
{
  Suite *s = suite_create ("builtin-tasks");
  TCase *tc;

  tc = tcase_create ("table");
  tcase_add_loop_test (tc, test_every_task, 0, G_N_ELEMENTS (expected));
  suite_add_tcase (s, tc);

  tc = tcase_create ("sections");
  tcase_add_test (tc, test_counts_by_section);
  tcase_add_test (tc, test_units_of_sections);
  tcase_add_test (tc, test_round_trip);
  suite_add_tcase (s, tc);

  tc = tcase_create ("seed");
  tcase_add_test (tc, test_against_seed);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return test_run_suite (builtin_tasks_suite ());
}
