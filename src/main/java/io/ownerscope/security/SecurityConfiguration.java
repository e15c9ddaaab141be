package io.ownerscope.security;

import java.util.List;

import io.ownerscope.audit.AuditFilter;
import io.ownerscope.audit.AuditTrail;
import io.ownerscope.graph.Graph;
import io.ownerscope.graph.SchemaMigrations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may call what. Every {@code /api/**} request needs a principal: an API key ({@code X-API-Key}), HTTP Basic,
 * a session from the login form (with a CSRF token), or a bearer JWT when single sign-on is configured. Reads are
 * for viewers, saved queries and decisions for analysts, recomputes, users, keys and the audit trail for admins.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Role.hierarchy());
    }

    @Bean
    Users users(Graph graph, PasswordEncoder encoder, SchemaMigrations schema) {
        return new Users(graph, encoder);
    }

    @Bean
    ApiKeys apiKeys(Graph graph, SchemaMigrations schema) {
        return new ApiKeys(graph);
    }

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys, SecuritySettings settings, AuditTrail audit,
            ObjectProvider<JwtDecoder> jwt) {
        var problems = new ProblemEntryPoint();
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**", "/login", "/error", "/favicon.ico")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/designations/recompute", "/api/identity/recompute",
                                "/api/resolution/recompute").hasRole("ADMIN")
                        .requestMatchers("/api/keys", "/api/keys/**", "/api/users", "/api/users/**", "/api/audit",
                                "/api/audit/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/queries/*", "/api/resolution/decisions")
                        .hasRole("ANALYST")
                        .requestMatchers(HttpMethod.GET, "/api/queries/*/run").hasRole("ANALYST")
                        .requestMatchers(HttpMethod.POST, "/api/cases").hasRole("ANALYST")
                        .requestMatchers(HttpMethod.PUT, "/api/cases/*").hasRole("ANALYST")
                        .requestMatchers(HttpMethod.DELETE, "/api/cases/*").hasRole("ANALYST")
                        .requestMatchers(HttpMethod.GET, "/api/**").hasRole("VIEWER")
                        .requestMatchers(HttpMethod.POST, "/api/match").hasRole("VIEWER")
                        .requestMatchers("/api/**", "/actuator/**").hasRole("ADMIN")
                        // the data is all under /api; what else is served (documents, pages, assets) holds none
                        .anyRequest().permitAll())
                .addFilterAfter(new AuditFilter(audit, SecurityConfiguration::via), SecurityContextHolderFilter.class)
                .addFilterBefore(new ApiKeyFilter(keys), BasicAuthenticationFilter.class)
                .addFilterBefore(new RateLimitFilter(settings.requestsPerMinute()), AuthorizationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .formLogin(Customizer.withDefaults())
                .logout(Customizer.withDefaults())
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(SecurityConfiguration::carriesOwnCredentials))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(problems, api)
                        .defaultAccessDeniedHandlerFor(problems, api))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        if (settings.corsOrigins().isEmpty()) {
            http.cors(cors -> cors.disable());
        } else {
            http.cors(cors -> cors.configurationSource(cors(settings.corsOrigins())));
        }
        var decoder = jwt.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(resource -> resource
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .jwt(token -> token.decoder(decoder).jwtAuthenticationConverter(new JwtRoles(settings.roleClaim()))));
        }
        return http.build();
    }

    /**
     * Requests that carry their own credentials in a header a page of another site cannot set (an API key or an
     * {@code Authorization} header, which no browser sends unasked since no answer asks it for Basic) need no
     * CSRF token; a session cookie does.
     */
    private static boolean carriesOwnCredentials(jakarta.servlet.http.HttpServletRequest request) {
        return request.getHeader(ApiKeyFilter.HEADER) != null || request.getHeader("Authorization") != null;
    }

    static String via(Authentication authentication) {
        if (authentication instanceof ApiKeyAuthentication) {
            return "key";
        }
        if (authentication instanceof JwtAuthenticationToken) {
            return "token";
        }
        return "password";
    }

    private static UrlBasedCorsConfigurationSource cors(List<String> origins) {
        var configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(origins);
        configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
        configuration.setAllowedHeaders(List.of(ApiKeyFilter.HEADER, "Authorization", "Content-Type", "Accept"));
        configuration.setMaxAge(3600L);
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", configuration);
        return source;
    }

    @Bean
    @ConditionalOnWebApplication
    WebSecurityCustomizer hostCheck(SecuritySettings settings, @Value("${server.address:}") String serverAddress) {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedHostnames(new AllowedHosts(settings, serverAddress));
        return web -> web.httpFirewall(firewall);
    }

    /** A request the firewall refuses (a foreign Host, an encoded slash...) gets 400 Problem Details. */
    @Bean
    @ConditionalOnWebApplication
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> ProblemResponses.write(request, response, HttpStatus.BAD_REQUEST,
                "The request was refused: " + rejected.getMessage());
    }
}
