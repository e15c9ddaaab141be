package io.ownerscope.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Requests written byte by byte on a socket, for what {@code java.net.http} refuses to send (an encoded slash kept
 * as is, huge headers, a chunked body cut short).
 */
final class RawHttp {

    private RawHttp() {
    }

    record Answer(int status, String headers, String body) {

        String header(String name) {
            for (var line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    /** Sends the head (request line and headers, without the blank line) and body, and reads until the server closes. */
    static Answer send(int port, String head, byte[] body) {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            try {
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before it has read the whole body
            }
            var received = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(received);
            } catch (IOException e) {
                // a reset after the answer was read
            }
            return parse(received.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Answer get(int port, String target, String... headers) {
        var head = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json");
        for (var header : headers) {
            head.append("\r\n").append(header);
        }
        return send(port, head.toString(), new byte[0]);
    }

    private static Answer parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        var head = end < 0 ? raw : raw.substring(0, end);
        var body = end < 0 ? "" : raw.substring(end + 4);
        var statusLine = head.lines().findFirst().orElse("");
        var parts = statusLine.split(" ");
        int status = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
        var answer = new Answer(status, head, body);
        if ("chunked".equalsIgnoreCase(answer.header("Transfer-Encoding"))) {
            return new Answer(status, head, dechunk(body));
        }
        return answer;
    }

    private static String dechunk(String body) {
        var out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, lineEnd + 2, Math.min(body.length(), lineEnd + 2 + size));
            at = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }
}
