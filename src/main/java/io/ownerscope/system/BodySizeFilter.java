package io.ownerscope.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413 for a request body above {@link ApiLimits#maxBodySize()}: at once when Content-Length says so,
 * otherwise (a chunked body) as soon as reading passes the limit, before the whole body is parsed.
 */
@Component
class BodySizeFilter extends OncePerRequestFilter {

    private final ApiLimits limits;

    BodySizeFilter(ApiLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limits.maxBodySize().toBytes();
        if (request.getContentLengthLong() > limit) {
            Problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
                    BodyTooLargeException.detail(limits.maxBodySize()));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limits), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final ApiLimits limits;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, ApiLimits limits) {
            super(request);
            this.limits = limits;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limits);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final ApiLimits limits;
        private long read;

        LimitedStream(ServletInputStream in, ApiLimits limits) {
            this.in = in;
            this.limits = limits;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limits.maxBodySize().toBytes()) {
                throw new BodyTooLargeException(limits.maxBodySize());
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
