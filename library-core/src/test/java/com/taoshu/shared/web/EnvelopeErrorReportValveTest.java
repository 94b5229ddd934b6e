package com.taoshu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.shared.error.CommonErrorCode;
import com.taoshu.shared.error.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvelopeErrorReportValveTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3} {4}")
    @CsvSource(nullValues = "-", value = {
            // status, Tomcat's message, method, answered status, code
            "400, Invalid URI, GET,     400, 10006",
            "400, -,           GET,     400, 10008",
            "501, -,           CONNECT, 405, 10405",
            "501, -,           POST,    400, 10008",
            "505, -,           GET,     400, 10008",
            "404, -,           GET,     404, 10404",
            "405, -,           TRACE,   405, 10405",
            "413, -,           POST,    413, 10413",
            "414, -,           GET,     414, 10443",
            "431, -,           GET,     431, 10442",
            "408, -,           GET,     408, 10000",
            "417, -,           POST,    417, 10000",
            "503, -,           GET,     503, 10503",
            "500, -,           GET,     500, 10500"})
    void tomcatStatusesBecomeCommonCodes(int status, String message, String method, int answered, int code) {
        ErrorCode error = EnvelopeErrorReportValve.codeFor(status, message, method);
        assertThat(error.status().value()).isEqualTo(answered);
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.message()).matches(".*[\\u4e00-\\u9fa5].*");
    }

    @ParameterizedTest
    @CsvSource({"400", "404", "405", "406", "409", "413", "414", "415", "429", "431", "503"})
    void commonStatusesHaveACodeOfTheirOwnStatus(int status) {
        assertThat(EnvelopeErrorReportValve.codeFor(status, null, "GET")).isInstanceOf(CommonErrorCode.class);
    }
}
