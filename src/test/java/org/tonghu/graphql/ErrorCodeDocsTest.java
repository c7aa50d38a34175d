package org.tonghu.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * {@code docs/api/error-codes.md} (English) and {@code docs/api/error-codes.zh.md} (Chinese) are written from
 * {@link ErrorCode}; this test fails when they are stale. Rewrite them with
 * {@code ./mvnw test -Dtest=ErrorCodeDocsTest -Dtonghu.errorcodes.write=true} and commit the files.
 */
class ErrorCodeDocsTest {

    static final Path ENGLISH = Path.of("docs", "api", "error-codes.md");
    static final Path CHINESE = Path.of("docs", "api", "error-codes.zh.md");

    private static final String ENGLISH_HEAD = """
            # Error codes

            Written from `org.tonghu.graphql.ErrorCode` by `ErrorCodeDocsTest`: do not edit by hand. The same list is \
            the `ErrorCode` enum of the schema (`schema/schema.graphql`) and the answer of the `errorCodes` query. \
            [中文](error-codes.zh.md)

            Where a code appears:

            - `errors[].extensions.code`: every error of a GraphQL answer has one. A request refused as a whole \
            answers HTTP 400 (415 for a media type the endpoint cannot read, 503 with `Retry-After` for \
            `SERVICE_BUSY` and when the database failed the whole request).
            - `errors[].extensions.problems[].code`: when the error is `VALIDATION_FAILED`, each problem names its \
            `field` (and `line`, for uploaded files) and its own code. Nothing was written.

            Codes are stable: a client may branch on them. Messages are for people and may change; they never hold \
            personal data.

            | code | meaning and what to do |
            |---|---|
            """;

    private static final String CHINESE_HEAD = """
            # 错误代码

            由 `ErrorCodeDocsTest` 根据 `org.tonghu.graphql.ErrorCode` 生成，请勿手工编辑。同一列表也是模式\
            （`schema/schema.graphql`）中的 `ErrorCode` 枚举，以及 `errorCodes` 查询的返回结果。\
            [English](error-codes.md)

            代码出现的位置：

            - `errors[].extensions.code`：GraphQL 响应中的每个错误都带有代码。整个请求被拒绝时返回 HTTP 400\
            （端点无法读取的媒体类型为 415；`SERVICE_BUSY` 以及数据库导致整个请求失败时为 503，并附 `Retry-After`）。
            - `errors[].extensions.problems[].code`：错误为 `VALIDATION_FAILED` 时，每个问题给出其字段 `field`\
            （上传文件还有行号 `line`）及各自的代码。未写入任何数据。

            代码是稳定的，客户端可以据此分支处理。消息供人阅读，可能变化，且不含个人信息。

            | 代码 | 含义与处理方法 |
            |---|---|
            """;

    @Test
    void shouldPublishTheCatalogueInEnglish() throws IOException {
        check(ENGLISH, render(ENGLISH_HEAD, ErrorCode::description));
    }

    @Test
    void shouldPublishTheCatalogueInChinese() throws IOException {
        check(CHINESE, render(CHINESE_HEAD, ErrorCode::chineseDescription));
    }

    static String render(String head, Function<ErrorCode, String> text) {
        StringBuilder markdown = new StringBuilder(head);
        for (ErrorCode code : ErrorCode.values()) {
            markdown.append("| `").append(code.name()).append("` | ")
                    .append(text.apply(code).replace("|", "\\|")).append(" |\n");
        }
        return markdown.toString();
    }

    private static void check(Path file, String expected) throws IOException {
        if (Boolean.getBoolean("tonghu.errorcodes.write")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        String published = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertEquals(expected, published, file + " is stale: run ./mvnw test -Dtest=ErrorCodeDocsTest "
                + "-Dtonghu.errorcodes.write=true and commit it");
    }
}
