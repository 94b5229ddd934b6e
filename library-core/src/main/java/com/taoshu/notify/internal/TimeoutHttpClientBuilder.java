package com.taoshu.notify.internal;

import java.time.Duration;
import me.chanjar.weixin.common.util.http.apache.ApacheHttpClientBuilder;
import org.apache.http.client.HttpRequestRetryHandler;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.config.SocketConfig;
import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

/**
 * The HTTP client of the subscribe-message sender: its own connect/read timeouts (WxJava's default builder is a
 * JVM-wide singleton shared with the login path) and no automatic re-sending of a request by HttpClient — whether
 * to try again is the outbox's decision, never the transport's.
 */
final class TimeoutHttpClientBuilder implements ApacheHttpClientBuilder {

    private final int connectMillis;
    private final int readMillis;
    private CloseableHttpClient client;

    TimeoutHttpClientBuilder(Duration connectTimeout, Duration readTimeout) {
        this.connectMillis = (int) connectTimeout.toMillis();
        this.readMillis = (int) readTimeout.toMillis();
    }

    @Override
    public synchronized CloseableHttpClient build() {
        if (client == null) {
            PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager();
            connections.setMaxTotal(64);
            connections.setDefaultMaxPerRoute(64);
            connections.setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(readMillis).build());
            client = HttpClients.custom()
                    .setConnectionManager(connections)
                    .setDefaultRequestConfig(RequestConfig.custom()
                            .setConnectTimeout(connectMillis)
                            .setConnectionRequestTimeout(connectMillis)
                            .setSocketTimeout(readMillis)
                            .build())
                    .disableAutomaticRetries()
                    .build();
        }
        return client;
    }

    @Override public ApacheHttpClientBuilder httpProxyHost(String host) { return this; }
    @Override public ApacheHttpClientBuilder httpProxyPort(int port) { return this; }
    @Override public ApacheHttpClientBuilder httpProxyUsername(String username) { return this; }
    @Override public ApacheHttpClientBuilder httpProxyPassword(String password) { return this; }
    @Override public ApacheHttpClientBuilder httpRequestRetryHandler(HttpRequestRetryHandler handler) { return this; }
    @Override public ApacheHttpClientBuilder keepAliveStrategy(ConnectionKeepAliveStrategy strategy) { return this; }
    @Override public ApacheHttpClientBuilder sslConnectionSocketFactory(SSLConnectionSocketFactory factory) { return this; }
}
