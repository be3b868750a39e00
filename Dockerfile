# Builds the application jar and runs it on a JRE. docker-compose.yml uses it for the app service.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --home /app complaintdesk && chown complaintdesk /app
USER complaintdesk
COPY --from=build /build/target/complaint-desk-*.jar /app/complaint-desk.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/complaint-desk.jar"]
