package org.openasc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** OpenASC: the system of record and assurance for a council's adult social care. */
@SpringBootApplication
public class OpenAscApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpenAscApplication.class, args);
    }
}
