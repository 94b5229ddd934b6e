package com.taoshu.courier;

import org.springframework.boot.SpringApplication;
import com.taoshu.shared.boot.TaoshuApplication;

@TaoshuApplication
public class CourierApplication {

    public static void main(String[] args) {
        SpringApplication.run(CourierApplication.class, args);
    }
}
