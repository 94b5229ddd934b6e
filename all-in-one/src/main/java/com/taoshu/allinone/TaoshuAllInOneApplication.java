package com.taoshu.allinone;

import com.taoshu.shared.boot.TaoshuApplication;
import org.springframework.boot.SpringApplication;

/**
 * The three APIs (readers, couriers, librarians) in one process on one port: the local run and small sites.
 * Before Spring starts, {@link LocalServices} makes sure a database and Redis are there (embedded ones if needed).
 */
@TaoshuApplication
public class TaoshuAllInOneApplication {

    public static void main(String[] args) {
        LocalServices.ensureAvailable();
        SpringApplication.run(TaoshuAllInOneApplication.class, args);
    }
}
