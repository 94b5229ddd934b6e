package com.taoshu.notify.internal;

import com.taoshu.notify.SmsProperties;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.sms.v20210111.SmsClient;
import com.tencentcloudapi.sms.v20210111.models.SendSmsRequest;
import com.tencentcloudapi.sms.v20210111.models.SendSmsResponse;
import com.tencentcloudapi.sms.v20210111.models.SendStatus;
import java.util.List;
import okhttp3.OkHttpClient;
import org.springframework.stereotype.Component;

/**
 * Sends one SMS through the Tencent Cloud SMS SDK (API 2021-01-11 {@code SendSms}) and says what happened. The SDK
 * runs on our OkHttp 5 client (its own okhttp 3.12 is excluded from the build), with our timeouts. {@code endpoint}
 * may carry a scheme ({@code http://127.0.0.1:port} for the tests' fake); without one it is HTTPS.
 */
@Component
public class SmsSender {

    /** Certainly sent (status {@code Ok}), refused with the provider's code, or unknown (no answer). */
    public sealed interface SmsOutcome {
        record Sent(String serialNo) implements SmsOutcome {
        }

        record Refused(String code, String message) implements SmsOutcome {
        }

        record Unknown(String message) implements SmsOutcome {
        }
    }

    private final SmsProperties properties;
    private final OkHttpClient http;

    public SmsSender(SmsProperties properties) {
        this.properties = properties;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(properties.timeout())
                .readTimeout(properties.timeout())
                .writeTimeout(properties.timeout())
                .retryOnConnectionFailure(false)
                .build();
    }

    /** {@code phone} in mainland form (13800000000) or E.164; {@code params} in the template's {1}, {2} … order. */
    public SmsOutcome send(String phone, String templateId, List<String> params) {
        SendSmsRequest request = new SendSmsRequest();
        request.setSmsSdkAppId(properties.sdkAppId());
        request.setSignName(properties.signName());
        request.setTemplateId(templateId);
        request.setTemplateParamSet(params.toArray(String[]::new));
        request.setPhoneNumberSet(new String[] {phone.startsWith("+") ? phone : "+86" + phone});
        try {
            SendSmsResponse response = client().SendSms(request);
            SendStatus[] statuses = response.getSendStatusSet();
            if (statuses == null || statuses.length == 0) {
                return new SmsOutcome.Unknown("应答中没有发送结果（" + response.getRequestId() + "）");
            }
            SendStatus status = statuses[0];
            return "Ok".equalsIgnoreCase(status.getCode()) ? new SmsOutcome.Sent(status.getSerialNo())
                    : new SmsOutcome.Refused(status.getCode(), status.getMessage());
        } catch (TencentCloudSDKException e) {
            String code = e.getErrorCode();
            if (code == null || code.isBlank()) {
                // the SDK wraps transport failures without a code: the request may or may not have reached Tencent
                return new SmsOutcome.Unknown(e.getMessage());
            }
            return new SmsOutcome.Refused(code, e.getMessage());
        } catch (RuntimeException e) {
            return new SmsOutcome.Unknown(e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    private SmsClient client() {
        HttpProfile httpProfile = new HttpProfile();
        String endpoint = properties.endpoint();
        if (endpoint.startsWith("http://") || endpoint.startsWith("https://")) {
            int split = endpoint.indexOf("://") + 3;
            httpProfile.setProtocol(endpoint.substring(0, split));
            endpoint = endpoint.substring(split);
        }
        httpProfile.setEndpoint(endpoint);
        httpProfile.setHttpClient(http);
        ClientProfile clientProfile = new ClientProfile();
        clientProfile.setHttpProfile(httpProfile);
        return new SmsClient(new Credential(properties.secretId(), properties.secretKey()), properties.region(),
                clientProfile);
    }
}
