package org.majlis.api.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.majlis.security.ApiClientAuthentication;
import org.majlis.security.CurrentUser;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;

/**
 * The read API's plumbing around its controller: the per-caller rate limit (an interceptor, so that a 429 is a
 * problem detail like every other refusal), ETags on every answer with {@code If-None-Match} → 304 (Spring's
 * shallow ETag filter: a hash of the body, so an ETag changes exactly when the answer does, for this caller), the
 * caching headers, and the OpenAPI description's title and security schemes. ADR 0047.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiSettings.class)
class ApiWebConfiguration implements WebMvcConfigurer {

    static final String API_TOKEN_SCHEME = "apiToken";
    static final String KEYCLOAK_SCHEME = "keycloak";

    private final ApiSettings settings;
    private final Clock clock;
    private final CurrentUser users;

    ApiWebConfiguration(ApiSettings settings, Clock clock, CurrentUser users) {
        this.settings = settings;
        this.clock = clock;
        this.users = users;
    }

    @Bean
    ApiRateLimiter apiRateLimiter() {
        return new ApiRateLimiter(settings, clock);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var limiter = apiRateLimiter();
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                // Answers depend on the token: caches must not share them, and must ask before reusing one.
                response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
                response.setHeader(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
                var wait = limiter.take(ApiCaller.current(users).key());
                if (wait.isPresent()) {
                    throw new ApiRateLimitedException(wait.getAsLong());
                }
                return true;
            }
        }).addPathPatterns(ApiV1Controller.PATH + "/**");
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(ApiV1Controller.PATH + "/*");
        registration.setName("apiEtags");
        return registration;
    }

    @Bean
    OpenAPI majlisOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Majlis read API").version("v1").description("""
                        Editions, rooms, organisations, agendas, records and the matrix of joint activities of the \
                        UN–OIC General Meeting, read-only. Every text comes in English, French and Arabic. \
                        Authorise with an API token issued by the secretariat (Bearer mjl_…) or a Keycloak access \
                        token. Lists are paged (page from 0, size up to the maximum); every answer has an ETag \
                        (send If-None-Match for a 304); errors are RFC 9457 problem details; too many requests with \
                        one token get 429 with Retry-After. See docs/api.md."""))
                .components(new Components()
                        .addSecuritySchemes(API_TOKEN_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("mjl_…")
                                .description("An API token the secretariat issued to this client system (Admin → "
                                        + "API tokens). Without the scope '" + ApiClientAuthentication.DRAFTS
                                        + "' it reads what is published: adopted entries, records of adopted"
                                        + " reports."))
                        .addSecuritySchemes(KEYCLOAK_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("A Keycloak access token of the Majlis realm (profile keycloak): reads"
                                        + " as its user does on the screens.")))
                .addSecurityItem(new SecurityRequirement().addList(API_TOKEN_SCHEME))
                .addSecurityItem(new SecurityRequirement().addList(KEYCLOAK_SCHEME));
    }
}
