#!/usr/bin/env python3
"""cost-gms benchmarks: start-up time and memory, and the server time of the registry's lists under load.

  python3 bench/bench.py startup            cold start of ./mvnw -Prun until /health/ready, Payara alone, an empty WAR
  python3 bench/bench.py registry [h2|mysql] loads 500 institutions and 3,000 people, then times the lists
  python3 bench/bench.py convocation        a convocation to 60 titulares and suplentes on MariaDB, through a local
                                            SMTP server: time from "send" until all 60 are accepted; PDF timings
  python3 bench/bench.py workplan [h2|mysql]  loads a plan of 50 activities, 200 targets and 5,000 progress entries,
                                            then times the dashboard, an activity page, /api/v1/workplans/YYYY (JSON
                                            and CSV), the quarterly report PDF (time and size) and the XLSX export
  python3 bench/bench.py import [h2|mysql] [projects] [heap]  generates an OC4IDS package of 20,000 valid projects (~200 MB,
                                            from the standard's example when ../shared/oc4ids has it), imports it
                                            from the configured folder as the manager, then imports it again
                                            unchanged: time, projects per second, peak heap used and the live heap
                                            (a full GC forced every 5 s; from the server's GC log) for each
  python3 bench/bench.py minutes-pdf [path]  renders a long approved acta (30 institutions, 20 items of ~2 pages,
                                            40 agreements) in one JVM on the test class path, cold and warm; size,
                                            pages, heap, veraPDF's PDF/A-2b verdict; the PDF goes to path
                                            (/tmp/minutes-bench.pdf)

Prints figures; changes nothing in the repository (data goes to target/bench). Needs python3, a JDK and, for
'mysql', MariaDB/MySQL on 127.0.0.1:3306 with a passwordless root (as on the project's machines).
"""
import warnings
warnings.filterwarnings("ignore", category=DeprecationWarning)
import http.cookiejar, json, os, random, re, shutil, signal, statistics, subprocess, sys, threading, time, urllib.parse, urllib.request, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, 'target', 'bench')
PAYARA_VERSION = '6.2025.10'
H2_VERSION = '2.2.224'   # Payara Micro's own H2
PORT = 8097
BASE = 'http://localhost:%d' % PORT


def sh(*args, **kw):
    return subprocess.run(args, cwd=ROOT, check=True, **kw)


def artifact(group, name, version):
    path = os.path.expanduser('~/.m2/repository/%s/%s/%s/%s-%s.jar' % (group.replace('.', '/'), name, version, name, version))
    if not os.path.exists(path):
        sh('./mvnw', '-q', 'dependency:get', '-Dartifact=%s:%s:%s' % (group, name, version))
    return path


def wait_for(url, timeout=180, expect=200):
    start = time.time()
    while time.time() - start < timeout:
        try:
            if urllib.request.urlopen(url, timeout=2).status == expect:
                return time.time() - start
        except Exception:
            pass
        time.sleep(0.1)
    raise SystemExit('no answer from %s after %ds' % (url, timeout))


def rss_mb(pid):
    with open('/proc/%d/status' % pid) as status:
        for line in status:
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) / 1024
    return float('nan')


def java_pid_listening(port):
    out = subprocess.run(['ss', '-ltnpH', 'sport = :%d' % port], capture_output=True, text=True).stdout
    match = re.search(r'pid=(\d+)', out)
    return int(match.group(1)) if match else None


def start_payara(war, env, jvm=('-Xmx512m',), log='payara.log'):
    os.makedirs(WORK, exist_ok=True)
    jar = artifact('fish.payara.extras', 'payara-micro', PAYARA_VERSION)
    cmd = ['java', *jvm, '-jar', jar, '--deploy', war, '--contextroot', '/', '--port', str(PORT), '--nocluster']
    started = time.time()
    proc = subprocess.Popen(cmd, env={**os.environ, **env}, stdout=open(os.path.join(WORK, log), 'w'),
                            stderr=subprocess.STDOUT, start_new_session=True)
    return proc, started


def stop(proc):
    """Stops the server and waits until every process of its group (Maven's Payara child too) has exited."""
    os.killpg(proc.pid, signal.SIGTERM)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        proc.poll()
        time.sleep(0.2)
    else:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def built_war():
    war = os.path.join(ROOT, 'target', 'cost-gms.war')
    if not os.path.exists(war):
        sh('./mvnw', '-q', '-DskipTests', 'package')
    return war


def empty_war():
    path = os.path.join(WORK, 'empty.war')
    os.makedirs(WORK, exist_ok=True)
    with zipfile.ZipFile(path, 'w') as war:
        war.writestr('index.html', '<!DOCTYPE html><title>empty</title><p>empty')
    return path


def startup():
    data = os.path.join(WORK, 'startup-data')
    shutil.rmtree(data, ignore_errors=True)
    print('Cold start of "./mvnw -Prun" (build included, warm Maven repository) until /health/ready:')
    env = {**os.environ, 'GMS_DATA_DIR': data, 'GMS_HTTP_PORT': str(PORT)}
    for label, log in (('first start (empty database, demo loaded)', 'run.log'), ('restart (data kept)', 'run2.log')):
        proc = subprocess.Popen(['./mvnw', '-B', '-q', '-Prun'], cwd=ROOT, env=env, start_new_session=True,
                                stdout=open(os.path.join(WORK, log), 'w'), stderr=subprocess.STDOUT)
        try:
            took = wait_for(BASE + '/health/ready')
            time.sleep(3)
            print('  %-43s %.1f s to ready, RSS %.0f MB' % (label + ':', took, rss_mb(java_pid_listening(PORT))))
        finally:
            stop(proc)

    war = built_war()
    for label, jvm in (('default flags (-Xmx512m)', ('-Xmx512m',)),
                       ('-XX:+UseSerialGC -Xmx384m -XX:TieredStopAtLevel=1', ('-XX:+UseSerialGC', '-Xmx384m', '-XX:TieredStopAtLevel=1'))):
        shutil.rmtree(data, ignore_errors=True)
        proc, _ = start_payara(war, {'GMS_DATA_DIR': data, 'GMS_DEMO': 'true'}, jvm)
        took = wait_for(BASE + '/health/ready')
        time.sleep(3)
        print('Payara Micro alone, cost-gms.war, %s: %.1f s to ready, RSS %.0f MB' % (label, took, rss_mb(proc.pid)))
        stop(proc)
        proc, _ = start_payara(empty_war(), {}, jvm, log='empty.log')
        took = wait_for(BASE + '/index.html')
        time.sleep(3)
        print('Payara Micro alone, empty WAR,    %s: %.1f s to first page, RSS %.0f MB' % (label, took, rss_mb(proc.pid)))
        stop(proc)


# --- the registry under load -------------------------------------------------------------------------------------

SECTORS = ['GOVERNMENT', 'PRIVATE', 'CIVIL_SOCIETY', 'ACADEMIA']
TYPES = ['AGENCY', 'MUNICIPALITY', 'CHAMBER', 'UNIVERSITY', 'CIVIL_ORGANIZATION', 'OTHER']
ROLES = ['PRIMARY', 'ALTERNATE', 'LIAISON']


def load_sql(institutions=500, people=3000):
    rnd = random.Random(2023)
    lines = []
    for i in range(1, institutions + 1):
        left = "'2022-12-31'" if i % 10 == 0 else 'NULL'
        lines.append("INSERT INTO institution (id, version, name, acronym, sector, institution_type, observer, joined_on,"
                     " approved_by, term_ends_on, left_on) VALUES (%d, 0, 'Institución de carga %03d', 'IC%03d', '%s', '%s',"
                     " FALSE, '2019-11-04', 'Carga de prueba', '2027-11-03', %s);"
                     % (100000 + i, i, i, rnd.choice(SECTORS), rnd.choice(TYPES), left))
    for p in range(1, people + 1):
        lines.append("INSERT INTO person (id, version, full_name, email, phone, position, fictitious) VALUES"
                     " (%d, 0, 'Persona de carga %04d', 'carga%04d@bench.example', '33 0000 %04d', 'Puesto %d', TRUE);"
                     % (100000 + p, p, p, p, p % 40))
    appointment = 100000
    for i in range(1, institutions + 1):
        for r, role in enumerate(ROLES):
            appointment += 1
            person = 100000 + ((i - 1) * 6 + r) % people + 1
            lines.append("INSERT INTO appointment (id, version, institution_id, person_id, role, starts_on) VALUES"
                         " (%d, 0, %d, %d, '%s', '2019-11-04');" % (appointment, 100000 + i, person, role))
    return '\n'.join(lines) + '\n'


class Client:
    def __init__(self):
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path, headers=None):
        started = time.perf_counter()
        with self.opener.open(urllib.request.Request(BASE + path, headers=headers or {})) as response:
            body = response.read().decode()
        return body, (time.perf_counter() - started) * 1000

    def post(self, path, fields, headers=None):
        started = time.perf_counter()
        data = urllib.parse.urlencode(fields).encode()
        with self.opener.open(urllib.request.Request(BASE + path, data=data, headers=headers or {})) as response:
            body = response.read().decode()
        return body, (time.perf_counter() - started) * 1000

    def get_bytes(self, path):
        started = time.perf_counter()
        with self.opener.open(urllib.request.Request(BASE + path)) as response:
            response.read()
        return (time.perf_counter() - started) * 1000

    @staticmethod
    def form(body, form_id):
        inner = re.search(r'<form id="%s".*?</form>' % re.escape(form_id), body, re.S).group(0)
        fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', inner))
        view_state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', body)
        fields['jakarta.faces.ViewState'] = view_state.group(1)
        nonce = re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", body)
        if nonce:
            fields['primefaces.nonce'] = nonce.group(1).replace('\\/', '/')
        return fields

    def sign_in(self, email, password):
        body, _ = self.get('/login.xhtml')
        fields = self.form(body, 'login')
        fields.update({'login:email': email, 'login:password': password, 'login:submit': ''})
        self.post('/login.xhtml', fields)


def timings(label, run, n=30):
    run()  # warm-up
    samples = sorted(run() for _ in range(n))
    print('  %-58s median %6.1f ms   p95 %6.1f ms   (n=%d)' % (label, statistics.median(samples),
                                                             samples[int(len(samples) * 0.95) - 1], n))


def start_loaded(name, sql_text, db, env=None, jvm=('-Xmx512m',)):
    """A fresh server on H2 or MariaDB with the demo and the rows of sql_text loaded, ready; returns its process."""
    war = built_war()
    data = os.path.join(WORK, name + '-data')
    shutil.rmtree(data, ignore_errors=True)
    env = {'GMS_DATA_DIR': data, 'GMS_DEMO': 'true', **(env or {})}
    sql = os.path.join(WORK, name + '.sql')
    os.makedirs(WORK, exist_ok=True)
    with open(sql, 'w') as out:
        out.write(sql_text)
    if db == 'mysql':
        database = 'gms_bench'
        subprocess.run(['mysql', '--protocol=TCP', '-h127.0.0.1', '-uroot', '-e',
                        "DROP DATABASE IF EXISTS %s; CREATE DATABASE %s CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                        " CREATE USER IF NOT EXISTS 'gms_bench'@'%%' IDENTIFIED BY 'bench-pass';"
                        " GRANT ALL ON %s.* TO 'gms_bench'@'%%';" % (database, database, database)], check=True)
        env.update({'GMS_DB_URL': 'jdbc:mysql://127.0.0.1:3306/' + database, 'GMS_DB_USER': 'gms_bench',
                    'GMS_DB_PASSWORD': 'bench-pass'})
        proc, _ = start_payara(war, env)       # migrates the schema and loads the demo
        wait_for(BASE + '/health/ready')
        if not sql_text:
            stop(proc)
        else:
            subprocess.run(['mysql', '--protocol=TCP', '-h127.0.0.1', '-uroot', database], stdin=open(sql), check=True)
    elif not sql_text:
        pass   # nothing to load: the demo comes with the first start, below
    else:
        proc, _ = start_payara(war, env)       # migrates the schema and loads the demo
        wait_for(BASE + '/health/ready')
        h2 = artifact('com.h2database', 'h2', H2_VERSION)
        url = 'jdbc:h2:%s/gms;MODE=MySQL;DATABASE_TO_LOWER=TRUE' % data
        stop(proc)
        sh('java', '-cp', h2, 'org.h2.tools.RunScript', '-url', url, '-user', 'gms', '-password', 'gms', '-script', sql)
    if db == 'mysql' and sql_text:
        stop(proc)   # the entity cache would not see rows written behind its back
    proc, _ = start_payara(war, env, jvm=jvm)
    wait_for(BASE + '/health/ready')
    return proc


def drop_bench_database(db):
    if db == 'mysql':
        subprocess.run(['mysql', '--protocol=TCP', '-h127.0.0.1', '-uroot', '-e',
                        "DROP DATABASE gms_bench; DROP USER 'gms_bench'@'%';"], check=True)


def registry(db='h2'):
    proc = start_loaded('registry', load_sql(), db)
    print('Registry with 500 institutions and 3,000 people more (plus the demo) on %s:' % db.upper())
    client = Client()
    client.sign_in('secretaria@demo.example', 'Demo-CoST-2023')
    page, _ = client.get('/members/institutions.xhtml')
    assert 'Institución de carga' in page, 'the loaded institutions are listed'

    timings('institution list, full page (first 25 rows)', lambda: client.get('/members/institutions.xhtml')[1])
    # every request of a signed-in session reads the account's standing (enabled, roles, password); a stylesheet
    # costs nothing else, so the difference between these two is what that check costs
    css = '/jakarta.faces.resource/css/gms.css.xhtml'
    anonymous = Client()
    timings('stylesheet, signed out', lambda: anonymous.get(css)[1], n=200)
    timings('stylesheet, signed in (plus the account check)', lambda: client.get(css)[1], n=200)

    def ajax(path, form_id, source, extra, execute=None, render=None, expect=None):
        body, _ = client.get(path)
        fields = Client.form(body, form_id)
        fields.update({'jakarta.faces.partial.ajax': 'true', 'jakarta.faces.source': source,
                       'jakarta.faces.partial.execute': execute or source,
                       'jakarta.faces.partial.render': render or source, source: source, **extra})
        headers = {'Faces-Request': 'partial/ajax'}
        if expect:
            response = client.post(path, fields, headers)[0]
            assert expect in response, 'the request does what it says: %s not in %s' % (expect, response[:500])
        return lambda: client.post(path, fields, headers)[1]

    def column(path, header):
        body, _ = client.get(path)
        return re.search(r'<th id="([^"]+)"[^>]*>(?:(?!</th>).)*%s' % re.escape(header), body, re.S).group(1)

    table = 'list:institutions'
    paging = {table + '_pagination': 'true', table + '_rows': '25', table + '_skipChildren': 'true',
              table + '_encodeFeature': 'true'}
    timings('institution list, page 12 (AJAX)', ajax('/members/institutions.xhtml', 'list', table,
            {**paging, table + '_first': '275'}, expect='Institución de carga 2'))
    joined = column('/members/institutions.xhtml', 'Fecha de ingreso')
    timings('institution list, sorted by joining date (AJAX)', ajax('/members/institutions.xhtml', 'list', table, {
        table + '_sorting': 'true', table + '_sortKey': joined, table + '_sortDir': '-1', table + '_skipChildren': 'true',
        table + '_encodeFeature': 'true'}, expect='Institución'))
    timings('institution list, search "carga 4" (AJAX)', ajax('/members/institutions.xhtml', 'list', 'list:text', {
        'list:text': 'carga 4', 'jakarta.faces.behavior.event': 'keyup', 'jakarta.faces.partial.event': 'keyup'},
        execute='list:text', render=table, expect='Institución de carga 4'))
    timings('people list, full page (first 25 rows)', lambda: client.get('/members/people.xhtml')[1])
    people = 'list:people'
    timings('people list, page 80 (AJAX)', ajax('/members/people.xhtml', 'list', people, {
        people + '_pagination': 'true', people + '_first': '1975', people + '_rows': '25', people + '_skipChildren': 'true',
        people + '_encodeFeature': 'true'}, expect='Persona de carga'))
    timings('GET /api/v1/institutions (all current, JSON)', lambda: Client().get('/api/v1/institutions')[1])
    timings('public composition page', lambda: Client().get('/public/composition.xhtml')[1], n=10)
    print('  server RSS after the runs: %.0f MB' % rss_mb(proc.pid))
    stop(proc)
    drop_bench_database(db)


class SmtpSink:
    """A local SMTP server that accepts every message and notes when each arrived (Python 3.11's smtpd)."""

    def __init__(self, port):
        import asyncore, smtpd, threading  # deprecated modules, still in Python 3.11; enough for a local sink
        self.arrivals = []
        sink = self

        class Server(smtpd.SMTPServer):
            def process_message(self, peer, mailfrom, rcpttos, data, **kw):
                subject = re.search(rb'^Subject: (.*)$', data, re.M)
                sink.arrivals.append((time.perf_counter(), rcpttos[0], subject.group(1) if subject else b''))

        self.server = Server(('127.0.0.1', port), None, decode_data=False)
        self.thread = threading.Thread(target=lambda: asyncore.loop(timeout=0.05), daemon=True)
        self.thread.start()


def convocation(recipients=60):
    war = built_war()
    data = os.path.join(WORK, 'convocation-data')
    shutil.rmtree(data, ignore_errors=True)
    database = 'gms_bench'
    subprocess.run(['mysql', '--protocol=TCP', '-h127.0.0.1', '-uroot', '-e',
                    "DROP DATABASE IF EXISTS %s; CREATE DATABASE %s CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                    " CREATE USER IF NOT EXISTS 'gms_bench'@'%%' IDENTIFIED BY 'bench-pass';"
                    " GRANT ALL ON %s.* TO 'gms_bench'@'%%';" % (database, database, database)], check=True)
    sink = SmtpSink(2525)
    env = {'GMS_DATA_DIR': data, 'GMS_DEMO': 'true', 'GMS_DB_URL': 'jdbc:mysql://127.0.0.1:3306/' + database,
           'GMS_DB_USER': 'gms_bench', 'GMS_DB_PASSWORD': 'bench-pass', 'GMS_SMTP_HOST': '127.0.0.1',
           'GMS_SMTP_PORT': '2525', 'GMS_SMTP_TLS': 'none', 'GMS_MAIL_POLL_SECONDS': '2'}
    proc, _ = start_payara(war, env, log='convocation.log')
    try:
        wait_for(BASE + '/health/ready')
        # the demo's titulares and suplentes, topped up to 60 with institutions of the same shape
        demo = json.loads(Client().get('/api/v1/institutions')[0])
        have = len({r['name'] for i in demo for r in i['representatives'] if r['role'] in ('PRIMARY', 'ALTERNATE')})
        lines = []
        for n in range(recipients - have):
            institution, role = 200000 + n // 2, ('PRIMARY', 'ALTERNATE')[n % 2]
            if n % 2 == 0:
                lines.append("INSERT INTO institution (id, version, name, sector, institution_type, observer, joined_on)"
                             " VALUES (%d, 0, 'Institución de prueba %02d', '%s', 'AGENCY', FALSE, '2019-11-04');"
                             % (institution, n // 2, SECTORS[n // 2 % len(SECTORS)]))
            lines.append("INSERT INTO person (id, version, full_name, email, fictitious) VALUES"
                         " (%d, 0, 'Representante %03d', 'rep%03d@bench.example', TRUE);" % (300000 + n, n, n))
            lines.append("INSERT INTO appointment (id, version, institution_id, person_id, role, starts_on) VALUES"
                         " (%d, 0, %d, %d, '%s', '2019-11-04');" % (300000 + n, institution, 300000 + n, role))
        subprocess.run(['mysql', '--protocol=TCP', '-h127.0.0.1', '-uroot', database], input='\n'.join(lines),
                       text=True, check=True)
        secretary = Client()
        secretary.sign_in('secretaria@demo.example', 'Demo-CoST-2023')

        def ajax(path, form_id, source, extra):
            page, _ = secretary.get(path)
            fields = Client.form(page, form_id)
            fields.update({'jakarta.faces.partial.ajax': 'true', 'jakarta.faces.source': source,
                           'jakarta.faces.partial.execute': form_id, 'jakarta.faces.partial.render': form_id,
                           source: source, **extra})
            return secretary.post(path, fields, {'Faces-Request': 'partial/ajax'})[0], page, fields

        import datetime
        day = datetime.date.today() + datetime.timedelta(days=28)
        answer, _, _ = ajax('/meetings/edit/meeting.xhtml', 'form', 'form:save', {
            'form:kind': 'ORDINARY', 'form:day_input': day.strftime('%d/%m/%Y'), 'form:startTime_input': '09:00',
            'form:endTime_input': '11:00', 'form:place': 'Sala de pruebas', 'form:videoUrl': '', 'form:notes': '',
            'form:liaisonDay_input': '', 'form:liaisonTime_input': '10:00'})
        meeting = re.search(r'meeting\.xhtml\?id=(\d+)', answer).group(1)
        ajax('/meetings/edit/agenda.xhtml?id=' + meeting, 'itemForm', 'itemForm:saveItem', {
            'itemForm:title': 'Informe trimestral', 'itemForm:description': '', 'itemForm:minutes_hinput': '20'})
        page, _ = secretary.get('/meetings/meeting.xhtml?id=' + meeting)
        prepare = Client.form(page, 'actions')
        prepare.update({'jakarta.faces.partial.ajax': 'true', 'jakarta.faces.source': 'actions:convene',
                        'jakarta.faces.partial.execute': 'actions:convene', 'jakarta.faces.partial.render': 'conveneForm',
                        'actions:convene': 'actions:convene'})
        secretary.post('/meetings/meeting.xhtml?id=' + meeting, prepare, {'Faces-Request': 'partial/ajax'})
        send = Client.form(page, 'conveneForm')
        send.update({'jakarta.faces.partial.ajax': 'true', 'jakarta.faces.source': 'conveneForm:send',
                     'jakarta.faces.partial.execute': 'conveneForm', 'jakarta.faces.partial.render': 'conveneForm',
                     'conveneForm:send': 'conveneForm:send', 'conveneForm:justification': ''})
        started = time.perf_counter()
        answer, request_ms = secretary.post('/meetings/meeting.xhtml?id=' + meeting, send, {'Faces-Request': 'partial/ajax'})
        if 'redirect' not in answer:
            raise SystemExit('the convocation was not sent: ' + answer[:800])
        deadline = time.time() + 120
        while len(sink.arrivals) < recipients and time.time() < deadline:
            time.sleep(0.05)
        arrived = sorted(a[0] for a in sink.arrivals)
        print('Convocation to %d titulares and suplentes (MariaDB, local SMTP server):' % recipients)
        print('  "Enviar ahora" answered in                          %7.0f ms' % request_ms)
        if len(arrived) < recipients:
            print('  only %d of %d messages arrived in 120 s' % (len(arrived), recipients))
        else:
            print('  first message accepted by the SMTP server after    %7.0f ms' % ((arrived[0] - started) * 1000))
            print('  all %d accepted after                               %7.0f ms' % (recipients, (arrived[-1] - started) * 1000))
            print('  distinct recipients                                 %7d' % len({a[1] for a in sink.arrivals}))
        pdf_path = '/meetings/files/convocation/%s.pdf' % meeting
        size = len(secretary.opener.open(BASE + pdf_path).read())
        timings('convocation PDF, generated and downloaded (%d KB)' % (size // 1024),
                lambda: secretary.get_bytes(pdf_path), n=20)
        timings('attendance list PDF for signatures (30 institutions)',
                lambda: secretary.get_bytes('/meetings/files/attendance/%s.pdf' % meeting), n=20)
        print('  server RSS after the runs: %.0f MB' % rss_mb(proc.pid))
    finally:
        stop(proc)
        subprocess.run(['mysql', '--protocol=TCP', '-h127.0.0.1', '-uroot', '-e',
                        "DROP DATABASE gms_bench; DROP USER 'gms_bench'@'%';"], check=True)


# --- the work plan under load -------------------------------------------------------------------------------------

BENCH_YEAR = 2025


def workplan_sql(activities=50, targets_per_activity=4, entries=5000):
    """A plan approved for BENCH_YEAR: spans of one to twelve months, quantities (summed or latest) and milestones."""
    rnd = random.Random(2025)
    y = BENCH_YEAR
    lines = ["INSERT INTO work_plan (id, version, plan_year, title, general_objective, status, approved_on, revision,"
             " created_at, created_by) VALUES (900000, 0, %d, 'Plan de carga %d', 'Objetivo de carga', 'APPROVED',"
             " '%d-01-15', 0, '%d-01-10 10:00:00', 'bench');" % (y, y, y, y)]
    target_ids = []
    target_id = 900000
    for a in range(1, activities + 1):
        first = rnd.randint(1, 12)
        last = rnd.randint(first, 12)
        lines.append("INSERT INTO work_activity (id, version, plan_id, position, title, actions, responsible,"
                     " manager_responsible, members_responsible, period_label, objective, expected_evidence, state)"
                     " VALUES (%d, 0, 900000, %d, 'Actividad de carga %02d', 'Acción uno\nAcción dos', 'Gerencia CoST',"
                     " TRUE, TRUE, 'Meses %d a %d', 'Objetivo %d', 'Lista de asistencia\nFotografías', 'IN_PROGRESS');"
                     % (900000 + a, a, a, first, last, a))
        lines.append("INSERT INTO work_activity_span (activity_id, position, first_day, last_day, label) VALUES"
                     " (%d, 0, '%d-%02d-01', LAST_DAY('%d-%02d-01'), 'Meses %d a %d');"
                     % (900000 + a, y, first, y, last, first, last))
        for t in range(1, targets_per_activity + 1):
            target_id += 1
            kind = 'MILESTONE' if t == 4 else 'QUANTITY'
            aggregation = 'LATEST' if t in (3, 4) else 'SUM'
            goal = 1 if kind == 'MILESTONE' else rnd.choice([10, 50, 100, 1000, 3000000])
            unit = 'NULL' if kind == 'MILESTONE' else "'personas'"
            lines.append("INSERT INTO work_target (id, version, activity_id, position, description, kind, goal, unit,"
                         " aggregation) VALUES (%d, 0, %d, %d, 'Meta %d de la actividad %d', '%s', %d, %s, '%s');"
                         % (target_id, 900000 + a, t, t, a, kind, goal, unit, aggregation))
            target_ids.append((target_id, kind, goal, first, last))
    for e in range(1, entries + 1):
        target_id, kind, goal, first, last = target_ids[e % len(target_ids)]
        month = rnd.randint(first, last)
        amount = rnd.randint(0, 1) if kind == 'MILESTONE' else max(1, goal // 30)
        lines.append("INSERT INTO work_progress (id, version, target_id, entry_date, amount, note, internal_note,"
                     " recorded_at, recorded_by) VALUES (%d, 0, %d, '%d-%02d-%02d', %d, 'Avance de carga %d',"
                     " 'Nota interna %d', '%d-%02d-%02d 18:00:00', 'gerencia@demo.example');"
                     % (900000 + e, target_id, y, month, rnd.randint(1, 28), amount, e, e, y, month, 28))
    return '\n'.join(lines) + '\n'


def workplan(db='h2'):
    proc = start_loaded('workplan', workplan_sql(), db)
    print('Work plan %d with 50 activities, 200 targets and 5,000 progress entries on %s:' % (BENCH_YEAR, db.upper()))
    client = Client()
    client.sign_in('gerencia@demo.example', 'Demo-CoST-2023')
    page, _ = client.get('/workplan/index.xhtml?year=%d' % BENCH_YEAR)
    assert 'Actividad de carga 50' in page, 'the loaded plan is on the dashboard'
    timings('dashboard, whole plan (full page)', lambda: client.get('/workplan/index.xhtml?year=%d' % BENCH_YEAR)[1])
    timings('dashboard, as of 30 June, one quarter', lambda: client.get(
        '/workplan/index.xhtml?year=%d&asOf=%d-06-30&quarter=2' % (BENCH_YEAR, BENCH_YEAR))[1])
    timings('activity page (4 targets, 100 entries)', lambda: client.get('/workplan/activity.xhtml?id=900001')[1])
    api = '/api/v1/workplans/%d' % BENCH_YEAR
    body, _ = Client().get(api)
    plan = json.loads(body)
    assert plan['summary']['targets'] == 200, plan['summary']
    print('  /api/v1/workplans/%d: %d bytes of JSON, %s' % (BENCH_YEAR, len(body.encode()),
                                                           plan['summary']['targetsByStatus']))
    timings('GET /api/v1/workplans/YYYY (JSON, anonymous)', lambda: Client().get(api)[1])
    timings('GET /api/v1/workplans/YYYY (CSV, anonymous)', lambda: Client().get(api, {'Accept': 'text/csv'})[1])
    report = '/workplan/files/report/%d.pdf?asOf=%d-12-31' % (BENCH_YEAR, BENCH_YEAR)
    with client.opener.open(urllib.request.Request(BASE + report)) as response:
        pdf = response.read()
    saved = os.path.join(WORK, 'workplan-report.pdf')
    with open(saved, 'wb') as out:
        out.write(pdf)
    info = subprocess.run(['pdfinfo', saved], capture_output=True, text=True).stdout if shutil.which('pdfinfo') else ''
    pages = re.search(r'Pages:\s+(\d+)', info)
    print('  quarterly report PDF: %d bytes, %s pages (%s)' % (len(pdf), pages.group(1) if pages else '?', saved))
    timings('quarterly report PDF (4th quarter)', lambda: client.get_bytes(report), n=10)
    xlsx = '/workplan/files/export/%d.xlsx' % BENCH_YEAR
    with client.opener.open(urllib.request.Request(BASE + xlsx)) as response:
        print('  XLSX export: %d bytes' % len(response.read()))
    timings('XLSX export', lambda: client.get_bytes(xlsx), n=10)
    print('  server RSS after the runs: %.0f MB' % rss_mb(proc.pid))
    stop(proc)
    drop_bench_database(db)


SHARED_OC4IDS = os.path.join(os.path.dirname(ROOT), 'shared', 'oc4ids')
BENCH_ENTITIES = [('MX-EST-14', 'Gobierno del Estado de Jalisco'), ('MX-MUN-14039', 'Guadalajara'),
                  ('MX-MUN-14120', 'Zapopan'), ('MX-MUN-14097', 'Tlajomulco de Zúñiga')]


def project_template(target_bytes=10000):
    """One valid OC4IDS project as a JSON text with @ID@, @TITLE@, @AMOUNT@, @PARTY_ID@ and @PARTY_NAME@ to fill in:
    the standard's example project trimmed to about target_bytes (one contracting process, no releases, optional
    sections dropped), or a smaller project written here when the example is not at hand."""
    example = os.path.join(SHARED_OC4IDS, 'example.json')
    if os.path.exists(example):
        with open(example) as f:
            project = json.load(f)['projects'][0]
        process = dict(project['contractingProcesses'][0])
        process.pop('releases', None)
        project['contractingProcesses'] = [process]
        summary = process['summary'] = dict(process['summary'])
        trims = [lambda key=key: project.pop(key, None) for key in (
            'lobbyingMeetings', 'benefits', 'policyAlignment', 'forecasts', 'metrics', 'social', 'environment',
            'costMeasurements', 'transactions', 'milestones')]
        trims += [lambda key=key: summary.pop(key, None) for key in ('modifications', 'transactions', 'milestones')]
        trims.append(lambda: project.__setitem__('parties', project['parties'][:3]))
        for trim in trims:
            if len(json.dumps(project, ensure_ascii=False).encode()) <= target_bytes:
                break
            trim()
    else:
        project = {'id': '', 'title': '', 'status': 'implementation', 'type': 'construction',
                   'sector': ['transport', 'transport.road'], 'description': 'Obra generada para la prueba de carga. ' * 40,
                   'period': {'startDate': '2026-01-01T00:00:00Z', 'endDate': '2026-12-31T00:00:00Z'},
                   'publicAuthority': {'id': 'GB-GOR-XX1234', 'name': 'Motorways UK'},
                   'parties': [{'id': 'GB-GOR-XX1234', 'name': 'Motorways UK', 'roles': ['publicAuthority', 'buyer']}],
                   'budget': {'amount': {'amount': 1, 'currency': 'MXN'}},
                   'locations': [{'id': '1', 'description': 'Guadalajara, Jalisco'}]}
    project['id'] = '@ID@'
    project['title'] = '@TITLE@'
    project['budget']['amount']['amount'] = 987654321
    text = json.dumps(project, ensure_ascii=False, separators=(',', ':'))
    text = text.replace('987654321', '@AMOUNT@').replace('GB-GOR-XX1234', '@PARTY_ID@').replace('Motorways UK', '@PARTY_NAME@')
    return text


def write_package(path, projects):
    """Writes the package one project at a time (never the whole package in memory); answers its size in bytes."""
    template = project_template()
    random.seed(6)
    with open(path, 'w', encoding='utf-8') as out:
        out.write('{"version":"0.9","uri":"https://plataforma.example/bench.json",'
                  '"publishedDate":"2026-12-01T00:00:00Z","publisher":{"name":"CoST Jalisco"},"projects":[')
        for i in range(projects):
            party_id, party_name = BENCH_ENTITIES[i % len(BENCH_ENTITIES)]
            out.write((',' if i else '') + template
                      .replace('@ID@', 'oc4ids-bench-%06d' % i)
                      .replace('@TITLE@', 'Obra de carga %d: pavimentación y drenaje, tramo %d' % (i, random.randint(1, 99)))
                      .replace('@AMOUNT@', str(random.randint(100000, 900000000)))
                      .replace('@PARTY_ID@', party_id).replace('@PARTY_NAME@', party_name))
        out.write(']}')
    return os.path.getsize(path)


def gc_heap(log, from_line):
    """From the GC log's lines from from_line on ('[...] GC(12) Pause Young (Normal) (...) 210M->45M(512M) 12.3ms'):
    the peak heap used (before a collection), the peak heap left after a full collection (the live set: the sampler
    below forces one every few seconds; after a young one, old garbage still counts), and the number of
    collections."""
    with open(log) as f:
        lines = f.readlines()[from_line:]
    used, live, collections = 0, 0, 0
    for line in lines:
        sizes = re.search(r'Pause.* (\d+)M->(\d+)M\(\d+M\)', line)
        if not sizes:
            continue
        collections += 1
        used = max(used, int(sizes.group(1)))
        if 'Pause Full' in line:
            live = max(live, int(sizes.group(2)))
    return used, live, collections


def sample_live_heap(pid, stop_event, every=5.0):
    """Forces a full collection in the server every few seconds (jcmd GC.run) so the GC log shows the live set."""
    while not stop_event.wait(every):
        subprocess.run(['jcmd', str(pid), 'GC.run'], capture_output=True)


def gc_lines(log):
    with open(log) as f:
        return sum(1 for _ in f)


def run_import(client, log, label, pid):
    """Starts the folder import as the manager, waits for its report; prints time, counts and heap."""
    form, _ = client.get('/disclosure/edit/imports.xhtml')
    fields = Client.form(form, 'folderForm')
    fields['folderForm:folder'] = ''
    mark = gc_lines(log)
    stop_event = threading.Event()
    sampler = threading.Thread(target=sample_live_heap, args=(pid, stop_event), daemon=True)
    sampler.start()
    started = time.perf_counter()
    with client.opener.open(urllib.request.Request(BASE + '/disclosure/edit/imports.xhtml',
                                                   data=urllib.parse.urlencode(fields).encode())) as response:
        landed = response.geturl()
    found = re.search(r'import\.xhtml\?id=(\d+)', landed)
    assert found, 'the folder import did not start: ' + landed
    page = ''
    while True:
        page, _ = client.get('/disclosure/import.xhtml?id=' + found.group(1))
        if 'en curso' not in page:
            break
        time.sleep(0.25)
    seconds = time.perf_counter() - started
    stop_event.set()
    sampler.join()
    subprocess.run(['jcmd', str(pid), 'GC.run'], capture_output=True)   # and once at the end, however short the run
    counts = {name: int(value) for name, value in re.findall(r'id="count(\w+)">(\d+)<', page)}
    assert counts, 'no counts on the report (refused?): ' + re.sub(r'<[^>]+>', ' ', page)[-1500:]
    peak, live, collections = gc_heap(log, mark)
    before = [int(m.group(1)) for m in (re.search(r'Pause Full.*\d+M->(\d+)M\(', line) for line in
                                        open(log).readlines()[:mark]) if m]
    print('  %-28s %7.1f s   %6.0f projects/s   read %d, new %d, updated %d, unchanged %d, invalid %d' % (
        label, seconds, counts.get('Read', 0) / seconds, counts.get('Read', 0), counts.get('New', 0),
        counts.get('Updated', 0), counts.get('Unchanged', 0), counts.get('Invalid', 0)))
    print('  %-28s heap: peak used %d MB, peak live (after a full collection) %d MB, live before the import %s MB;'
          ' %d collections' % ('', peak, live, before[-1] if before else '?', collections))
    schema = re.search(r'<dd id="schema">([^<]*)<', page)
    return counts, schema.group(1) if schema else '?'


def proc_pid(proc):
    """The JVM serving the port (the process started, or its child when started through a wrapper)."""
    return java_pid_listening(PORT) or proc.pid


def import_bench(db='h2', projects=20000, heap='512m'):
    folder = os.path.join(WORK, 'oc4ids')
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    package = os.path.join(folder, 'paquete.json')
    started = time.perf_counter()
    size = write_package(package, projects)
    print('Package: %d projects, %.1f MB (%.1f KB a project), written in %.1f s' % (
        projects, size / 1e6, size / projects / 1e3, time.perf_counter() - started))
    env = {'GMS_OC4IDS_FOLDER': folder}
    schema = os.path.join(SHARED_OC4IDS, 'project-package-schema.json')
    if os.path.exists(schema):
        env['GMS_OC4IDS_SCHEMA'] = schema
    log = os.path.join(WORK, 'import-gc.log')
    if os.path.exists(log):
        os.remove(log)
    proc = start_loaded('import', '', db, env=env, jvm=('-Xmx' + heap, '-Xlog:gc:file=%s' % log))
    print('OC4IDS import on %s (server -Xmx%s, GC log %s):' % (db.upper(), heap, log))
    client = Client()
    client.sign_in('gerencia@demo.example', 'Demo-CoST-2023')
    subprocess.run(['jcmd', str(proc_pid(proc)), 'GC.run'], capture_output=True)   # the live heap before
    counts, schema_used = run_import(client, log, 'first import', proc_pid(proc))
    print('  validated against: %s' % schema_used)
    assert counts.get('New') == projects and counts.get('Invalid') == 0, counts
    counts, _ = run_import(client, log, 're-import, unchanged', proc_pid(proc))
    assert counts.get('Unchanged') == projects and counts.get('New') == 0 and counts.get('Updated') == 0, counts
    page, took = client.get('/disclosure/projects.xhtml')
    print('  projects page after the import: %.0f ms' % took)
    print('  server RSS after the runs: %.0f MB' % rss_mb(proc.pid))
    stop(proc)
    drop_bench_database(db)


def minutes_pdf(path='/tmp/minutes-bench.pdf'):
    """MinutesPdfBench, a main class among the tests, run with the tests' class path: no server involved."""
    os.makedirs(WORK, exist_ok=True)
    classpath = os.path.join(WORK, 'test-classpath.txt')
    sh('./mvnw', '-B', '-q', 'test-compile', 'dependency:build-classpath', '-Dmdep.includeScope=test',
       '-Dmdep.outputFile=' + classpath)
    with open(classpath) as listed:
        dependencies = listed.read().strip()
    cp = os.pathsep.join([os.path.join(ROOT, 'target', 'test-classes'), os.path.join(ROOT, 'target', 'classes'),
                          dependencies])
    sh('java', '-Xmx512m', '-cp', cp, 'mx.costjalisco.gms.minutes.control.MinutesPdfBench', path)


if __name__ == '__main__':
    what = sys.argv[1] if len(sys.argv) > 1 else 'registry'
    if what == 'startup':
        startup()
    elif what == 'convocation':
        convocation()
    elif what == 'minutes-pdf':
        minutes_pdf(*sys.argv[2:3])
    elif what == 'workplan':
        workplan(sys.argv[2] if len(sys.argv) > 2 else 'h2')
    elif what == 'import':
        import_bench(sys.argv[2] if len(sys.argv) > 2 else 'h2', int(sys.argv[3]) if len(sys.argv) > 3 else 20000,
                     sys.argv[4] if len(sys.argv) > 4 else '512m')
    elif what == 'registry':
        registry(sys.argv[2] if len(sys.argv) > 2 else 'h2')
    else:
        raise SystemExit(__doc__)
