package dev.scimme.base.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link ImmutableAssetCaching}; compression is {@code server.compression.*} in application.properties. */
@Configuration(proxyBeanMethods = false)
class WebDeliveryConfiguration {

    /** After Spring Security (whose eager no-store header the wrapper then replaces only for assets). */
    @Bean
    FilterRegistrationBean<ImmutableAssetCaching> immutableAssetCaching() {
        return new FilterRegistrationBean<>(new ImmutableAssetCaching());
    }
}
