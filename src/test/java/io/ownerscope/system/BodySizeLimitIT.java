package io.ownerscope.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.RunningService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

/** A request body above ownerscope.api.max-body-size (1 MB by default) is refused before it is parsed. */
@ExtendWith(OutputCaptureExtension.class)
class BodySizeLimitIT extends RunningService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aBodyAboveTheLimitIsRefusedFromItsContentLength(CapturedOutput output) {
        var response = new ApiClient(port).post("/api/match", matchBody(2 * 1024 * 1024), "application/json");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = ApiClient.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("detail").asString()).contains("1048576 bytes");
        assertThat(output).doesNotContain("BodyTooLargeException").doesNotContain("\tat ");
    }

    @Test
    void aChunkedBodyIsRefusedOnceItPassesTheLimit(CapturedOutput output) {
        var body = matchBody(2 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);
        var chunked = new java.io.ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 64 * 1024) {
            int size = Math.min(64 * 1024, body.length - at);
            chunked.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.write(body, at, size);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        var answer = RawHttp.send(port, "POST /api/match HTTP/1.1\r\nHost: localhost\r\nAccept: application/json"
                + "\r\nX-API-Key: " + ApiClient.ADMIN_KEY
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked", chunked.toByteArray());

        assertThat(answer.status()).as(answer.headers() + answer.body()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(JSON.readTree(answer.body()).get("detail").asString()).contains("1048576 bytes");
        assertThat(output).doesNotContain("BodyTooLargeException").doesNotContain("\tat ");
    }

    @Test
    void aBodyUnderTheLimitIsRead() {
        var response = new ApiClient(port).post("/api/match", matchBody(1024), "application/json");

        assertThat(response.statusCode()).as(response.body()).isNotEqualTo(413);
        assertThat(response.statusCode()).isLessThan(500);
    }

    /** A valid screening request padded with a long note to about {@code size} bytes. */
    private static String matchBody(int size) {
        return "{\"queries\":{\"q1\":{\"schema\":\"Company\",\"properties\":{\"name\":[\"Orion\"],"
                + "\"notes\":[\"" + "x".repeat(size) + "\"]}}}}";
    }
}
