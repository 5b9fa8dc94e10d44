package taizhang.io;

import java.util.SplittableRandom;
import taizhang.domain.Sex;

/**
 * Chinese names for the demo county: a surname and one or two given-name characters. The
 * lists hold a few characters outside the BMP (𠮷, 𡒄) and polyphonic ones (乐, 单, 曾, 长,
 * 朝, 重), so that every screen and search meets them from the first day.
 */
final class DemoNames {
    private DemoNames() {
    }

    /** The common surnames first: a draw leans towards the head of the list. */
    private static final String[] SURNAMES = words("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 高 罗"
            + " 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 潘 袁 蔡 蒋 余 于 杜 叶 程 魏 苏 吕 丁 任 卢 姚 沈 钟"
            + " 姜 崔 谭 陆 范 汪 廖 石 金 韦 贾 夏 付 方 邹 熊 白 孟 秦 邱 侯 江 尹 薛 闫 段 雷 龙 黎 史 陶 贺 毛"
            + " 郝 顾 龚 邵 万 覃 武 钱 戴 严 单 乐 区 查 仇 解 欧阳 司马 诸葛 𠮷");

    private static final String[] MALE = words("伟 强 磊 军 勇 杰 涛 明 超 刚 平 辉 鹏 华 飞 鑫 波 斌 宇 浩 凯 健"
            + " 俊 帆 帅 旭 宁 龙 林 阳 博 文 晨 睿 轩 泽 宸 然 子 乐 长 朝 重 行 志 国 建 海 峰 亮 成 东 翔 毅"
            + " 嘉 豪 航 铭 𡒄");
    private static final String[] FEMALE = words("芳 娜 敏 静 丽 艳 娟 霞 秀 玲 桂 英 慧 婷 雪 琳 晶 欣 怡 萱 涵"
            + " 妍 雨 梦 诗 佳 悦 可 馨 蕾 乐 思 彤 颖 琪 月 洁 燕 红 梅 兰 倩 露 晓 茜 𠮷");
    /** Given names of people born before about 1970. */
    private static final String[] MALE_OLD = words("建国 国强 建华 志强 永明 德福 文华 长顺 金生 国庆 建军 卫东"
            + " 振华 保国 德明 福生 长林 树林 广才 玉山");
    private static final String[] FEMALE_OLD = words("秀英 桂兰 淑珍 玉兰 秀兰 凤英 翠花 桂英 兰英 秀珍 玉珍 淑英"
            + " 桂芳 凤兰 秀云 玉梅 素芬 金凤 春兰 冬梅");

    static String surname(SplittableRandom rng) {
        // Squaring a uniform draw favours the front of the list, as real surnames do.
        double u = rng.nextDouble();
        return SURNAMES[(int) (u * u * SURNAMES.length)];
    }

    static String given(SplittableRandom rng, Sex sex, int birthYear) {
        if (birthYear < 1970 && rng.nextInt(3) > 0) {
            String[] old = sex == Sex.M ? MALE_OLD : FEMALE_OLD;
            return old[rng.nextInt(old.length)];
        }
        String[] chars = sex == Sex.M ? MALE : FEMALE;
        String first = chars[rng.nextInt(chars.length)];
        if (rng.nextInt(10) < 3) {
            return first;
        }
        String second = chars[rng.nextInt(chars.length)];
        return first + second;
    }

    static String name(SplittableRandom rng, String surname, Sex sex, int birthYear) {
        return surname + given(rng, sex, birthYear);
    }

    private static String[] words(String s) {
        return s.split(" ");
    }
}
