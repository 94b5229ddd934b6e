package com.taoshu.admin;

import org.springframework.boot.SpringApplication;
import com.taoshu.shared.boot.TaoshuApplication;

@TaoshuApplication
public class AdminConsoleApplication {

    public static void main(String[] args) {
        SpringApplication.run(AdminConsoleApplication.class, args);
    }
}
