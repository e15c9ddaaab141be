package io.ownerscope.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiLimits.class)
class ApiConfiguration {

    /** Requests Tomcat refuses itself are answered as Problem Details, like every other error. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorsAsProblems() {
        return factory -> {
            factory.addEngineValves(new ContainerErrorValve());
            factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("reject"));
        };
    }
}
