package io.github.juesuan.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecognizerTest {

    @Test
    void test_continues_brokenParagraphsOnly() {
        assertThat(Recognizer.continues("主要是公", "用经费与项目经费减少。")).isTrue();
        assertThat(Recognizer.continues("下降", "62.5%，主要是")).isTrue();
        assertThat(Recognizer.continues("（二）负责设备的运行维", "护。")).isTrue();
        assertThat(Recognizer.continues("完成年初预算的 102.4%。其中：", "1. 一般公共服务")).isFalse();
        assertThat(Recognizer.continues("（三）一般公共预算财政拨款支出决算具体情况", "2024 年度一般公共预算财政拨款支出年初预算为"))
                .isFalse();
        assertThat(Recognizer.continues("第一段。", "第二段")).isFalse();
        assertThat(Recognizer.continues("一段未完", "2. 下一项")).isFalse();
    }

}
