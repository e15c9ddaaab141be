package io.ownerscope.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers as Problem Details what Tomcat refuses before any application sees the request (an encoded slash in the
 * path, a header above the size limit): such a request reaches no servlet, so without this valve Tomcat's own error
 * report would answer it with an HTML page.
 */
final class ContainerErrorValve extends ValveBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    ContainerErrorValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (!refusedByTheContainer(response)) {
            getNext().invoke(request, response);
            return;
        }
        response.setSuspended(false);
        if (!response.setErrorReported()) {
            return;
        }
        var status = HttpStatus.resolve(response.getStatus());
        var title = status == null ? "Bad Request" : status.getReasonPhrase();
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", response.getStatus());
        body.put("detail", "The server refused the request before reading it: check the path and its encoding, "
                + "and keep headers under the size limit");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        var writer = response.getReporter();
        if (writer != null) {
            writer.write(JSON.writeValueAsString(body));
            response.finishResponse();
        }
    }

    private static boolean refusedByTheContainer(Response response) {
        return response.isError() && response.getStatus() >= 400 && response.isErrorReportRequired();
    }
}
