package org.redpress.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redpress.config.SiteConfig;
import org.redpress.model.SiteModel;

/**
 * Not a test: scores field-weight settings on a small judged query set over the search fixture
 * (nDCG@10 and MRR), the record behind the weights in {@code docs/search.md}. Grades: 2 the
 * record a reader wants, 1 relevant. Run with the test classpath, no arguments.
 */
public final class WeightTuning {

  /** Query → path → grade. */
  static final Map<String, Map<String, Integer>> JUDGED = new LinkedHashMap<>();

  static {
    judge("书记项目", "practices/shuji-xiangmu/:2 materials/shuji-xiangmu-jiedu/:2 achievements/xiangmu-kaigong-chaiqian/:1 "
        + "materials/sanda-gongcheng-03-cufazhan/:1 practices/xiangmuban-kaigong/:1 practices/lifaqiao-relocation/:1");
    judge("三会一课", "practices/sanhui-yike-jishi-shouce/:2 materials/sanhui-yike-jiangyi/:2");
    judge("志愿服务", "materials/zhiyuan-fuwu-rumen/:2 practices/zhiyuan-580-fuwu/:2 organizations/zhiyuan-580-lianmeng/:2 "
        + "venues/shangquan-zhiyuan-fuwuzhan/:1 achievements/fuwu-renci/:1 venues/xinshidai-wenming-shijian-zhongxin/:1");
    judge("满意率", "achievements/manyidu-2018q3/:2 materials/sanda-gongcheng-05-chengxiao/:1");
    judge("园区党建工作站", "practices/yuanqu-dangjian-gongzuozhan/:2 materials/yuanqu-gongzuozhan-wenda/:2 "
        + "achievements/yuanqu-fugai/:1 organizations/yuanqu-gongzuozhan-lifa/:1 organizations/yuanqu-gongzuozhan-xichang/:1 "
        + "organizations/yuanqu-gongzuozhan-yangmanhe/:1");
    judge("商圈 诚信", "practices/shangquan-chengxin/:2 materials/shangquan-chengxin-shipin/:2 venues/huiyuan-hongse-yizhan/:1");
    judge("微心愿", "materials/weixinyuan-renling-zhinan/:2 practices/xiangmuhua-fuwu/:2");
    judge("拆迁", "practices/lifaqiao-relocation/:2 achievements/xiangmu-kaigong-chaiqian/:2");
    judge("红色驿站", "venues/huiyuan-hongse-yizhan/:2 venues/xinghu001-hongse-yizhan/:2");
    judge("软弱涣散", "practices/ruanruo-huansan-zhengdun/:2");
    judge("异地任职", "practices/shuji-yidi-renzhi/:2");
    judge("积分", "practices/dangyuan-xingji-jifen/:2");
    judge("学习阵地", "materials/wufenzhong-xuexiquan-daolan/:2 practices/hongse-zhendi-lianmeng/:2 wufenzhong-ketang/:1");
    judge("信访", "achievements/xinfang-xiajiang/:2");
    judge("社会化服务", "practices/shehuihua-fuwu/:2 achievements/fuwu-renci/:1 materials/sanda-gongcheng-04-huiminsheng/:1");
    judge("青年干部", "practices/dunmiao-lianmiao/:2");
    judge("580", "organizations/zhiyuan-580-lianmeng/:2 practices/zhiyuan-580-fuwu/:2 materials/zhiyuan-fuwu-rumen/:2");
    judge("三大工程", "materials/sanda-gongcheng-01-zonglan/:2 materials/sanda-gongcheng-04-huiminsheng/:1 "
        + "materials/sanda-gongcheng-03-cufazhan/:1 materials/sanda-gongcheng-02-qiangbaolei/:1 materials/sanda-gongcheng-05-chengxiao/:1");
    judge("支部建设", "practices/zhibu-jian-zai-yixian/:2 practices/zhibu-guifanhua-lunxun/:2 "
        + "materials/sanda-gongcheng-02-qiangbaolei/:1 achievements/zuzhi-duiwu-jianshe/:1");
    judge("文明实践", "venues/xinshidai-wenming-shijian-zhongxin/:2 venues/shangquan-wenming-yizhan/:1");
  }

  private WeightTuning() {}

  private static void judge(String query, String grades) {
    Map<String, Integer> g = new LinkedHashMap<>();
    for (String pair : grades.split(" ")) {
      int colon = pair.lastIndexOf(':');
      g.put(pair.substring(0, colon), Integer.parseInt(pair.substring(colon + 1)));
    }
    JUDGED.put(query, g);
  }

  public static void main(String[] args) {
    SiteModel model = Sites.fixture();
    List<SearchDocument> docs = SearchDocuments.of(model);
    float[][] settings = {{1, 1, 1, 1}, {2, 1, 1, 1}, {2, 2, 1, 1}, {3, 2, 2, 1}, {4, 3, 2, 1}, {6, 3, 2, 1},
        {4, 2, 1, 1}, {8, 4, 2, 1}, {4, 4, 2, 1}, {4, 3, 3, 1}};
    System.out.println("title tags summary body   nDCG@10  MRR");
    for (float[] w : settings) {
      SiteConfig config = withWeights(model.config(), w);
      try (SearchIndex index = SearchIndex.build(docs, config)) {
        double ndcg = 0;
        double mrr = 0;
        for (var e : JUDGED.entrySet()) {
          List<String> ranked = index.search(SearchQuery.of(e.getKey())).hits().stream()
              .map(h -> h.url().substring(index.basePath().length())).toList();
          ndcg += ndcg(ranked, e.getValue());
          for (int i = 0; i < ranked.size(); i++) {
            if (e.getValue().getOrDefault(ranked.get(i), 0) == 2) {
              mrr += 1.0 / (i + 1);
              break;
            }
          }
        }
        System.out.printf("%5.0f %4.0f %7.0f %4.0f   %.4f   %.4f%n", w[0], w[1], w[2], w[3],
            ndcg / JUDGED.size(), mrr / JUDGED.size());
      }
    }
  }

  static double ndcg(List<String> ranked, Map<String, Integer> grades) {
    double dcg = 0;
    for (int i = 0; i < Math.min(10, ranked.size()); i++) {
      dcg += (Math.pow(2, grades.getOrDefault(ranked.get(i), 0)) - 1) / Math.log(i + 2);
    }
    List<Integer> ideal = grades.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
    double best = 0;
    for (int i = 0; i < Math.min(10, ideal.size()); i++) {
      best += (Math.pow(2, ideal.get(i)) - 1) / Math.log(i + 2);
    }
    return best == 0 ? 0 : dcg / best;
  }

  private static SiteConfig withWeights(SiteConfig c, float[] w) {
    return new SiteConfig(c.title(), c.description(), c.baseUrl(), c.language(), c.pagination(), c.programs(),
        c.venueTypes(), c.series(), c.footer(), c.sources(), c.tagPages(),
        Map.of("title", w[0], "tags", w[1], "summary", w[2], "body", w[3]), c.videoHosts());
  }
}
