# The Majlis fat jar on a Java 25 runtime. Build the jar first: ./mvnw -Pproduction -DskipTests package
FROM eclipse-temurin:25-jre
RUN useradd --system --home-dir /app majlis
WORKDIR /app
COPY target/majlis-*.jar /app/majlis.jar
USER majlis
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/majlis.jar"]
