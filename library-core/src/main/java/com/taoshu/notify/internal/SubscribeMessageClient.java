package com.taoshu.notify.internal;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;
import cn.binarywang.wx.miniapp.config.impl.WxMaRedissonConfigImpl;
import com.taoshu.notify.NotifyProperties;
import com.taoshu.notify.internal.SendOutcome.Delivered;
import com.taoshu.notify.internal.SendOutcome.NoConsent;
import com.taoshu.notify.internal.SendOutcome.Rejected;
import com.taoshu.notify.internal.SendOutcome.Retryable;
import com.taoshu.notify.internal.SendOutcome.Unknown;
import com.taoshu.reader.wechat.WeChatProperties;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import org.apache.http.client.HttpResponseException;
import org.apache.http.conn.ConnectTimeoutException;
import org.apache.http.conn.HttpHostConnectException;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one subscribe message through WxJava ({@code /cgi-bin/message/subscribe/send}) and says what happened.
 *
 * <p>It uses a WxJava service of its own that shares the app's access_token (same Redisson storage and lock,
 * key prefix {@code taoshu:wx}, as {@code WeChatConfig}) but has its own timeouts and WxJava's automatic token
 * refresh turned off, so the rule "40001/42001 → refresh the shared token once and retry once" happens exactly
 * once, here, and is visible. WeChat answering errcode -1 (busy) is retried once by WxJava after 100 ms.
 */
@Component
public class SubscribeMessageClient {

    private static final Logger log = LoggerFactory.getLogger(SubscribeMessageClient.class);
    /** Same storage prefix as {@code reader.wechat.WeChatConfig}: one token per app id, shared by every instance. */
    static final String TOKEN_KEY_PREFIX = "taoshu:wx";
    private static final Set<Integer> TOKEN_ERRORS = Set.of(40001, 42001, 40014);
    private static final Set<Integer> RETRYABLE_ERRORS = Set.of(-1, 45009, 45011, 45047);

    private final WxMaService wx;
    private final NotifyProperties properties;

    public SubscribeMessageClient(WeChatProperties weChat, NotifyProperties properties, RedissonClient redisson) {
        this.properties = properties;
        WxMaRedissonConfigImpl config = new WxMaRedissonConfigImpl(redisson, TOKEN_KEY_PREFIX) {
            @Override
            public boolean autoRefreshToken() {
                return false;
            }
        };
        config.setAppid(weChat.appId() == null ? "" : weChat.appId());
        config.setSecret(weChat.secret() == null ? "" : weChat.secret());
        config.setApiHostUrl(weChat.apiBaseUrl());
        config.setApacheHttpClientBuilder(new TimeoutHttpClientBuilder(properties.connectTimeout(), properties.sendTimeout()));
        WxMaServiceImpl service = new WxMaServiceImpl();
        service.setWxMaConfig(config);
        service.setMaxRetryTimes(1);
        service.setRetrySleepMillis(100);
        this.wx = service;
    }

    public SendOutcome send(String openid, String templateId, String page, List<WxMaSubscribeMessage.MsgData> data) {
        WxMaSubscribeMessage message = WxMaSubscribeMessage.builder()
                .toUser(openid)
                .templateId(templateId)
                .page(page)
                .data(data)
                .miniprogramState(properties.miniprogramState())
                .lang("zh_CN")
                .build();
        SendOutcome tokenProblem = ensureToken(false);
        if (tokenProblem != null) {
            return tokenProblem;
        }
        SendOutcome outcome = attempt(message);
        if (outcome instanceof Retryable r && r.errcode() != null && TOKEN_ERRORS.contains(r.errcode())) {
            log.info("access_token rejected ({}), refreshing the shared token once and retrying", r.errcode());
            tokenProblem = ensureToken(true);
            if (tokenProblem != null) {
                return tokenProblem;
            }
            outcome = attempt(message);
        }
        return outcome;
    }

    /**
     * Fetches (or force-refreshes) the shared token before sending: failing here, nothing was sent, so any failure may
     * be retried — WeChat's, the network's, or that of the token's storage in Redis (a refresh whose lock Redis lost
     * meanwhile ends in Redisson refusing the unlock).
     */
    private SendOutcome ensureToken(boolean forceRefresh) {
        try {
            wx.getAccessToken(forceRefresh);
            return null;
        } catch (WxErrorException e) {
            return new Retryable(e.getError().getErrorCode(), "获取access_token失败：" + e.getError().getErrorMsg());
        } catch (WxRuntimeException e) {
            return new Retryable(null, "获取access_token失败：" + rootMessage(e));
        } catch (RuntimeException e) {
            log.warn("access_token could not be fetched or stored: the notice will be retried", e);
            return new Retryable(null, "获取access_token失败：" + rootMessage(e));
        }
    }

    private SendOutcome attempt(WxMaSubscribeMessage message) {
        try {
            wx.getMsgService().sendSubscribeMsg(message);
            return new Delivered();
        } catch (WxErrorException e) {
            int code = e.getError().getErrorCode();
            String msg = e.getError().getErrorMsg();
            if (code == 43101) {
                return new NoConsent(code, msg);
            }
            if (TOKEN_ERRORS.contains(code) || RETRYABLE_ERRORS.contains(code)) {
                return new Retryable(code, msg);
            }
            return new Rejected(code, msg);
        } catch (WxRuntimeException e) {
            return classify(e);
        }
    }

    /** Transport failures: retry only when the request certainly did not reach WeChat or WeChat answered an error. */
    static SendOutcome classify(Throwable e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof IOException)) {
            cause = cause.getCause();
        }
        String message = rootMessage(e);
        if (cause instanceof HttpResponseException http) {
            return new Retryable(null, "HTTP " + http.getStatusCode());
        }
        if (cause instanceof ConnectTimeoutException || cause instanceof HttpHostConnectException
                || cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException) {
            return new Retryable(null, "连接失败：" + message);
        }
        if (cause instanceof SocketTimeoutException || cause instanceof InterruptedIOException) {
            return new Unknown("等待应答超时：" + message);
        }
        return new Unknown("应答中断：" + message);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }
}
