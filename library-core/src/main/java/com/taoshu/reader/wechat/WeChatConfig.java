package com.taoshu.reader.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.config.impl.WxMaRedissonConfigImpl;
import org.redisson.api.RedissonClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * WxJava for the mini-program. The access_token lives in Redis (Redisson config storage), so every instance shares
 * one token and one refresh lock instead of invalidating each other's.
 */
@Configuration
@EnableConfigurationProperties(WeChatProperties.class)
public class WeChatConfig {

    @Bean
    public WxMaService wxMaService(WeChatProperties properties, RedissonClient redisson) {
        WxMaRedissonConfigImpl config = new WxMaRedissonConfigImpl(redisson, "taoshu:wx");
        config.setAppid(properties.appId() == null ? "" : properties.appId());
        config.setSecret(properties.secret() == null ? "" : properties.secret());
        config.setApiHostUrl(properties.apiBaseUrl());
        WxMaServiceImpl service = new WxMaServiceImpl();
        service.setWxMaConfig(config);
        // A login must answer quickly: WeChat's own "system busy" retries would hold the user for seconds.
        service.setMaxRetryTimes(1);
        service.setRetrySleepMillis(200);
        return service;
    }
}
