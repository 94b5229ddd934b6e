package com.taoshu;

import com.taoshu.shared.boot.TaoshuApplication;

/** The library-core test context: every feature of library-core, no API module. */
@TaoshuApplication
public class TestApplication {
}
