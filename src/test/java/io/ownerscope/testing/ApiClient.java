package io.ownerscope.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running service over HTTP, as a client of the API would: with the admin key of the tests' settings
 * unless made for another principal (another key, Basic credentials, or none).
 */
public final class ApiClient {

    /** The key {@code ownerscope.security.admin-key} seeds in the tests' settings. */
    public static final String ADMIN_KEY = "osk_test-admin-key-for-integration-tests";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String[] credentials;

    public ApiClient(int port) {
        this(port, "X-API-Key", ADMIN_KEY);
    }

    private ApiClient(int port, String... credentials) {
        this.port = port;
        this.credentials = credentials;
    }

    /** A client that sends no credentials. */
    public static ApiClient anonymous(int port) {
        return new ApiClient(port, new String[0]);
    }

    /** A client that sends this API key. */
    public static ApiClient withKey(int port, String key) {
        return new ApiClient(port, "X-API-Key", key);
    }

    /** A client that sends these HTTP Basic credentials. */
    public static ApiClient withPassword(int port, String username, String password) {
        var token = java.util.Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return new ApiClient(port, "Authorization", "Basic " + token);
    }

    /** A client that sends a bearer token. */
    public static ApiClient withBearer(int port, String token) {
        return new ApiClient(port, "Authorization", "Bearer " + token);
    }

    /** Any request: a method, a path, a body (or null) of the given content type, and further header pairs. */
    public HttpResponse<String> send(String method, String path, String body, String contentType,
            String... headers) {
        var request = HttpRequest.newBuilder(uri(path)).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.header("Accept", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public HttpResponse<String> delete(String path) {
        return send("DELETE", path, null, null);
    }

    public HttpResponse<String> get(String path) {
        return get(path, "application/json");
    }

    public HttpResponse<String> get(String path, String accept) {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request);
    }

    public HttpResponse<String> post(String path, String jsonBody, String accept) {
        var body = jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody);
        var request = HttpRequest.newBuilder(uri(path)).POST(body);
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        for (int i = 0; i + 1 < credentials.length; i += 2) {
            request.header(credentials[i], credentials[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
