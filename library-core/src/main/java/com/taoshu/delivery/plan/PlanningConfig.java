package com.taoshu.delivery.plan;

import com.taoshu.delivery.solver.JspritRouteSolver;
import com.taoshu.delivery.solver.JspritSettings;
import com.taoshu.delivery.solver.RouteSolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PlanningConfig {

    /** The production route solver (chosen by the Solomon benchmark in bench/README.md). */
    @Bean
    public RouteSolver routeSolver() {
        return new JspritRouteSolver(JspritSettings.tuned());
    }
}
