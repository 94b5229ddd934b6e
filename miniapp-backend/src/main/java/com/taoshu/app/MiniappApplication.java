package com.taoshu.app;

import org.springframework.boot.SpringApplication;
import com.taoshu.shared.boot.TaoshuApplication;

@TaoshuApplication
public class MiniappApplication {

    public static void main(String[] args) {
        SpringApplication.run(MiniappApplication.class, args);
    }
}
