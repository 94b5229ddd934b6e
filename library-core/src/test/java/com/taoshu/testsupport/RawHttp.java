package com.taoshu.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bare HTTP/1.1 client over a socket, for requests that proper clients refuse to send: the request target goes on
 * the wire byte for byte as given (no encoding, no normalisation: {@code /api/x/%}, {@code /a/1%00}, {@code /a;b},
 * {@code //a}, {@code %2F}), headers as given (a 20 kB one too), one request per connection.
 *
 * <pre>{@code
 * RawHttp.Response r = RawHttp.send(port, "GET", "/api/app/books/%", Map.of(), null);
 * assertThat(r.status()).isEqualTo(400);
 * }</pre>
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 15_000;

    private RawHttp() {
    }

    /** An answer: status, headers (names case-insensitive) and the body decoded as UTF-8 (de-chunked). */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        /** The first value of a header, or null. */
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    public static Response get(int port, String target) throws IOException {
        return send(port, "GET", target, Map.of(), null);
    }

    public static Response get(int port, String target, Map<String, String> headers) throws IOException {
        return send(port, "GET", target, headers, null);
    }

    /**
     * Sends {@code METHOD target HTTP/1.1}, a {@code Host} header (unless given), the headers in their order,
     * {@code Connection: close}, and the body (UTF-8, with its {@code Content-Length}) if there is one; reads the
     * answer to the end. Request line and headers are sent as ISO-8859-1, i.e. each char below 256 as one byte.
     */
    public static Response send(int port, String method, String target, Map<String, String> headers, String body)
            throws IOException {
        byte[] content = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        Map<String, String> all = new LinkedHashMap<>();
        if (headers.keySet().stream().noneMatch(name -> name.equalsIgnoreCase("Host"))) {
            all.put("Host", "127.0.0.1:" + port);
        }
        all.putAll(headers);
        all.put("Connection", "close");
        if (content != null) {
            all.put("Content-Length", String.valueOf(content.length));
        }
        all.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");

        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (content != null) {
            request.writeBytes(content);
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    private static Response parse(byte[] raw) throws IOException {
        int headEnd = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (headEnd < 0) {
            throw new IOException("no complete HTTP answer: " + new String(raw, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(raw, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status = Integer.parseInt(statusLine[1]);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = Arrays.copyOfRange(raw, headEnd + 4, raw.length);
        List<String> encoding = headers.getOrDefault("Transfer-Encoding", List.of());
        if (encoding.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("chunked"))) {
            body = dechunk(body);
        } else if (headers.containsKey("Content-Length")) {
            int length = Integer.parseInt(headers.get("Content-Length").getFirst());
            body = Arrays.copyOf(body, Math.min(length, body.length));
        }
        Map<String, List<String>> readOnly = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> readOnly.put(name, List.copyOf(values)));
        return new Response(status, Collections.unmodifiableMap(readOnly), new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (true) {
            int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, pos);
            if (lineEnd < 0) {
                throw new IOException("truncated chunked body");
            }
            String sizeField = new String(chunked, pos, lineEnd - pos, StandardCharsets.ISO_8859_1);
            int semicolon = sizeField.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeField : sizeField.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(chunked, lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
