#!/usr/bin/env python3
"""Summarises a JFR recording's CPU samples (jdk.ExecutionSample) of the web threads.

    bench/web/jfr-top.py recording.jfr [FILTER]

FILTER keeps only samples whose stack holds a frame containing it (default: every sample of the
web threads, as in a recording of one path: bench/web/run.sh PROFILE=...). Prints the share of the
samples spent under each layer (a sample counts for every layer on its stack) and the top frames
(the frame on top of the stack, and the first frame of our own code).
"""
import collections
import re
import subprocess
import sys

recording = sys.argv[1]
wanted = sys.argv[2] if len(sys.argv) > 2 else ''
text = subprocess.run(['jfr', 'print', '--stack-depth', '400', '--events', 'jdk.ExecutionSample', recording],
                      check=True, capture_output=True, text=True).stdout

samples = []
for event in text.split('jdk.ExecutionSample {')[1:]:
    if 'http-nio' not in event:
        continue
    frames = [re.sub(r'\s+line:.*', '', line.strip()) for line in event.split('stackTrace = [', 1)[-1].splitlines()[1:]
              if line.startswith('    ') and '(' in line]
    if any(wanted in frame for frame in frames):
        samples.append(frames)

LAYERS = [
    ('Thymeleaf render', 'org.thymeleaf.'),
    ('  message lookups', 'MessageSource'),
    ('  #temporals / formatting', 'org.thymeleaf.extras.java8time'),
    ('  link building @{...}', 'StandardLinkBuilder'),
    ('  resource URL lookup (34014)', 'ResourceUrlProvider'),
    ('  hashed asset links (web.AssetLinks)', 'AssetLinks$Linking.encodeURL'),
    ('  SpEL', 'org.springframework.expression.'),
    ('Hibernate / JPA', 'org.hibernate.'),
    ('PostgreSQL driver', 'org.postgresql.'),
    ('HikariCP', 'com.zaxxer.hikari.'),
    ('transactions', 'TransactionInterceptor'),
    ('Spring Security filters', 'org.springframework.security.'),
    ('  CSRF', 'Csrf'),
    ('rules (plan)', 'app.aftercare.rules.'),
    ('Tomcat socket I/O', 'org.apache.tomcat.util.net.'),
]
total = len(samples)
print(f'{total} samples of web threads' + (f' with {wanted} on the stack' if wanted else ''))
if not total:
    sys.exit()
print('\nshare of samples under each layer')
for name, marker in LAYERS:
    n = sum(1 for frames in samples if any(marker in frame for frame in frames))
    print(f'  {name:34} {n / total:6.1%}')

print('\ntop frames (top of stack)')
for frame, n in collections.Counter(frames[0] for frames in samples if frames).most_common(15):
    print(f'  {n / total:6.1%}  {frame}')

print('\nfirst frame of app.aftercare code on the stack')
own = collections.Counter(next((f for f in frames if f.startswith('app.aftercare.')), '(none)') for frames in samples)
for frame, n in own.most_common(12):
    print(f'  {n / total:6.1%}  {frame}')
