package com.taoshu.courier;

import com.taoshu.testsupport.AppSmokeTestBase;

class CourierApplicationIT extends AppSmokeTestBase {

    @Override
    protected String[] expectedApiPaths() {
        return new String[] {"/api/courier/auth/login", "/api/courier/me"};
    }
}
