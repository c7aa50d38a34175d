package org.tonghu.testing;

/** Ids of the demo data's children and guardians (db/demo/demo-data.sql). */
public final class Fixtures {

    /** 王小明, 沁水演示一镇东村 (the village director's village). */
    public static final String CHILD_QINSHUI_EAST_1 = "00000000-0000-4000-8000-000000001001";
    /** 王小红, his sister, same village. */
    public static final String CHILD_QINSHUI_EAST_2 = "00000000-0000-4000-8000-000000001002";
    /** 李华, another township of Qinshui county. */
    public static final String CHILD_QINSHUI_OTHER_TOWNSHIP = "00000000-0000-4000-8000-000000001003";
    /** 赵磊, Yangcheng county; the Youth League's relationship with him has ended. */
    public static final String CHILD_YANGCHENG_1 = "00000000-0000-4000-8000-000000001004";
    /** 孙丽, Yangcheng county; the Women's Federation works with her. */
    public static final String CHILD_YANGCHENG_2 = "00000000-0000-4000-8000-000000001005";
    /** 王建国, father of the two Qinshui siblings. */
    public static final String GUARDIAN_QINSHUI_FATHER = "00000000-0000-4000-8000-000000002001";
    /** 张桂兰, grandmother of a Qinshui child and a Yangcheng child. */
    public static final String GUARDIAN_TWO_COUNTIES = "00000000-0000-4000-8000-000000002002";

    private Fixtures() {
    }
}
