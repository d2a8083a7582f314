<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionResultsDialog</name>
    <message>
        <source>%1: results</source>
        <translation>%1: результаты</translation>
    </message>
    <message>
        <source>Action results</source>
        <translation>Результаты действия</translation>
    </message>
    <message>
        <source>%1: %2 succeeded, %3 failed.</source>
        <translation>Действие «%1»: успешно — %2, с ошибкой — %3.</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Results per guest</source>
        <translation>Результаты по гостям</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation>Выполнено. %1</translation>
    </message>
    <message>
        <source>Select a guest to see the details.</source>
        <translation>Выберите гостя, чтобы просмотреть подробности.</translation>
    </message>
    <message>
        <source>Result details</source>
        <translation>Подробности результата</translation>
    </message>
    <message numerus="yes">
        <source>%1: done for all %n guest(s).</source>
        <translation>
            <numerusform>Действие «%1»: успешно выполнено для %n гостя.</numerusform>
            <numerusform>Действие «%1»: успешно выполнено для всех %n гостей.</numerusform>
            <numerusform>Действие «%1»: успешно выполнено для всех %n гостей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddConnectionDialog</name>
    <message>
        <source>Add connection</source>
        <translation>Добавление подключения</translation>
    </message>
    <message>
        <source>QEMU/KVM (system)</source>
        <translation>QEMU/KVM (системный)</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM (сеанс пользователя)</translation>
    </message>
    <message>
        <source>LXC (Linux containers)</source>
        <translation>LXC (контейнеры Linux)</translation>
    </message>
    <message>
        <source>Test driver (demo guests)</source>
        <translation>Тестовый драйвер (демонстрационные гости)</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Гипервизор</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Локальный</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>SSH (libssh)</source>
        <translation>SSH (libssh)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TCP (unencrypted)</source>
        <translation>TCP (без шифрования)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>e.g. root</source>
        <translation>например, root</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>имя хоста или IP-адрес</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Имя хоста</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Connect automatically when VirtDeck starts</source>
        <translation>Подключаться автоматически при запуске VirtDeck</translation>
    </message>
    <message>
        <source>Use a custom address (URI)</source>
        <translation>Указать адрес вручную (URI)</translation>
    </message>
    <message>
        <source>Custom URI</source>
        <translation>Произвольный URI</translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation>&amp;Гипервизор:</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Транспорт:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Will connect to:</source>
        <translation>Адрес подключения:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Enter the host name or IP address of the remote machine.</source>
        <translation>Введите имя хоста или IP-адрес удалённой машины.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>«%1» — недопустимое имя хоста.</translation>
    </message>
    <message>
        <source>The user name may contain only letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>Имя пользователя может содержать только буквы, цифры и символы «.», «_» и «-».</translation>
    </message>
    <message>
        <source>This connection is already in the list.</source>
        <translation>Это подключение уже есть в списке.</translation>
    </message>
</context>
<context>
    <name>AlertMonitor</name>
    <message>
        <source>CPU above %1 % for %2 s</source>
        <translation>ЦП выше %1 % в течение %2 с</translation>
    </message>
    <message>
        <source>memory %1 % full</source>
        <translation>память заполнена на %1 %</translation>
    </message>
</context>
<context>
    <name>AlertRulesEdit</name>
    <message>
        <source>CPU above</source>
        <translation>ЦП выше</translation>
    </message>
    <message>
        <source>Memory above</source>
        <translation>Память выше</translation>
    </message>
    <message>
        <source>CPU threshold</source>
        <translation>Порог ЦП</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>CPU duration</source>
        <translation>Длительность превышения по ЦП</translation>
    </message>
    <message>
        <source>Memory threshold</source>
        <translation>Порог памяти</translation>
    </message>
    <message>
        <source>for</source>
        <translation>в течение</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manage virtual machines and containers on libvirt.</source>
        <translation>Управление виртуальными машинами и контейнерами на базе libvirt.</translation>
    </message>
    <message>
        <source>Open this libvirt connection (for example qemu:///system or qemu+ssh://root@host/system) instead of the saved ones.</source>
        <translation>Открыть указанное подключение libvirt (например, qemu:///system или qemu+ssh://root@host/system) вместо сохранённых.</translation>
    </message>
    <message>
        <source>Do not open the demo connection when no local daemon answers.</source>
        <translation>Не открывать демонстрационное подключение, если локальная служба libvirt не отвечает.</translation>
    </message>
    <message>
        <source>User interface language, e.g. ru or zh_CN.</source>
        <translation>Язык интерфейса, например ru или zh_CN.</translation>
    </message>
    <message>
        <source>Invalid --connect address: %1</source>
        <translation>Недопустимый адрес --connect: %1</translation>
    </message>
    <message>
        <source>Open the console of the guest with this name, as soon as it appears in the list.</source>
        <translation>Открыть консоль гостя с указанным именем, как только он появится в списке.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>Нет подключения к %1.</translation>
    </message>
    <message>
        <source>Reconnect and try again.</source>
        <translation>Переподключитесь и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>The connection address is not valid.</source>
        <translation>Недопустимый адрес подключения.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 уже есть в списке.</translation>
    </message>
</context>
<context>
    <name>ConnectionUri</name>
    <message>
        <source>The address is empty.</source>
        <translation>Адрес не указан.</translation>
    </message>
    <message>
        <source>A connection address looks like &quot;qemu:///system&quot; or &quot;qemu+ssh://user@host/system&quot;; &quot;%1&quot; has no &quot;://&quot;.</source>
        <translation>Адрес подключения имеет вид «qemu:///system» или «qemu+ssh://user@host/system»; в «%1» нет «://».</translation>
    </message>
    <message>
        <source>Unknown transport &quot;%1&quot;. Use ssh, libssh, tls, tcp or unix.</source>
        <translation>Неизвестный транспорт «%1». Используйте ssh, libssh, tls, tcp или unix.</translation>
    </message>
    <message>
        <source>The user name before &quot;@&quot; is empty.</source>
        <translation>Перед «@» не указано имя пользователя.</translation>
    </message>
    <message>
        <source>The IPv6 address is missing its closing &quot;]&quot;.</source>
        <translation>В адресе IPv6 нет закрывающей скобки «]».</translation>
    </message>
    <message>
        <source>Unexpected text &quot;%1&quot; after the host name.</source>
        <translation>Лишний текст «%1» после имени хоста.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>«%1» — недопустимое имя хоста.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>Порт «%1» не является числом от 1 до 65535.</translation>
    </message>
    <message>
        <source>A user name or port needs a host name as well.</source>
        <translation>Если указаны имя пользователя или порт, необходимо указать и имя хоста.</translation>
    </message>
    <message>
        <source>A parameter after &quot;?&quot; has no name.</source>
        <translation>У одного из параметров после «?» нет имени.</translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM (сеанс пользователя)</translation>
    </message>
    <message>
        <source>LXC containers</source>
        <translation>Контейнеры LXC</translation>
    </message>
    <message>
        <source>Test driver</source>
        <translation>Тестовый драйвер</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hypervisor name libvirt recognizes.</source>
        <translation>libvirt не распознаёт «%1» как имя гипервизора.</translation>
    </message>
</context>
<context>
    <name>ConnectionWorker</name>
    <message>
        <source>Connecting to %1</source>
        <translation>Подключение к %1</translation>
    </message>
    <message>
        <source>Authentication cancelled</source>
        <translation>Аутентификация отменена</translation>
    </message>
    <message>
        <source>Listing guests</source>
        <translation>Получение списка гостей</translation>
    </message>
    <message>
        <source>Refreshing a guest</source>
        <translation>Обновление сведений о госте</translation>
    </message>
    <message>
        <source>The host stopped answering</source>
        <translation>Хост перестал отвечать</translation>
    </message>
    <message>
        <source>VirtDeck keeps trying to reconnect.</source>
        <translation>VirtDeck продолжает попытки переподключения.</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Соединение потеряно</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>Соединение с %1 закрыто.</translation>
    </message>
    <message>
        <source>Reading statistics</source>
        <translation>Чтение статистики</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>The connection to the host is not open.</source>
        <translation>Подключение к хосту не открыто.</translation>
    </message>
    <message>
        <source>Reconnect and try again.</source>
        <translation>Переподключитесь и повторите попытку.</translation>
    </message>
    <message>
        <source>Disk kept</source>
        <translation>Диск сохранён</translation>
    </message>
    <message>
        <source>The guest was deleted, but %1 is not part of a storage pool, so it was left in place.</source>
        <translation>Гость удалён, но файл %1 не входит ни в один пул хранения, поэтому он оставлен на месте.</translation>
    </message>
    <message>
        <source>Delete the file yourself if you no longer need it.</source>
        <translation>Если файл больше не нужен, удалите его вручную.</translation>
    </message>
    <message>
        <source>Deleting disk %1</source>
        <translation>Удаление диска %1</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Удалено: %1</translation>
    </message>
    <message>
        <source>Preparing to delete a guest</source>
        <translation>Подготовка к удалению гостя</translation>
    </message>
    <message>
        <source>The libvirt service did not answer for several seconds; it may be hung.</source>
        <translation>Служба libvirt не отвечала несколько секунд; возможно, она зависла.</translation>
    </message>
    <message>
        <source>The host %1 did not answer for several seconds; its libvirt service may be hung or the network is down.</source>
        <translation>Хост %1 не отвечал несколько секунд; возможно, служба libvirt на нём зависла или сеть недоступна.</translation>
    </message>
    <message>
        <source>The connection to the libvirt service was closed.</source>
        <translation>Соединение со службой libvirt закрыто.</translation>
    </message>
    <message>
        <source>Opening the console</source>
        <translation>Открытие консоли</translation>
    </message>
    <message>
        <source>Opening the graphical console</source>
        <translation>Открытие графической консоли</translation>
    </message>
    <message>
        <source>Opening the text console</source>
        <translation>Открытие текстовой консоли</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <source>Console</source>
        <translation>Консоль</translation>
    </message>
    <message>
        <source>Console password</source>
        <translation>Пароль консоли</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Запомнить в системном хранилище паролей</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Send key</source>
        <translation>Отправить клавиши</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <source>Original size (1:1)</source>
        <translation>Исходный размер (1:1)</translation>
    </message>
    <message>
        <source>Resize guest to window</source>
        <translation>Подогнать разрешение гостя под окно</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <translation>Снимок экрана…</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>Сохранение снимка экрана</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <source>Show the console in a window of its own</source>
        <translation>Показать консоль в отдельном окне</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Дисплей</translation>
    </message>
    <message>
        <source>USB devices</source>
        <translation>USB-устройства</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Redirect a USB device of this computer to the guest</source>
        <translation>Перенаправить гостю USB-устройство этого компьютера</translation>
    </message>
    <message>
        <source>Keyboard grabbed: press %1 to release it</source>
        <translation>Клавиатура захвачена: нажмите %1, чтобы освободить её</translation>
    </message>
    <message>
        <source>Click the console to send keyboard and mouse to the guest</source>
        <translation>Щёлкните по консоли, чтобы передавать гостю ввод с клавиатуры и мыши</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>The host of this guest is not connected.</source>
        <translation>Нет подключения к хосту этого гостя.</translation>
    </message>
    <message>
        <source>“%1” is not running</source>
        <translation>Гость «%1» не запущен</translation>
    </message>
    <message>
        <source>Start the guest to see its console.</source>
        <translation>Запустите гостя, чтобы увидеть его консоль.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Opening the console of “%1”.</source>
        <translation>Открытие консоли «%1».</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>No console</source>
        <translation>Нет консоли</translation>
    </message>
    <message>
        <source>“%1” has neither a graphical display nor a text console.</source>
        <translation>У гостя «%1» нет ни графического дисплея, ни текстовой консоли.</translation>
    </message>
    <message>
        <source>Console not reachable</source>
        <translation>Консоль недоступна</translation>
    </message>
    <message>
        <source>The display of “%1” listens only on a local socket of its host, which cannot be reached from here.</source>
        <translation>Дисплей «%1» доступен только через локальный сокет на его хосте, к которому отсюда нельзя подключиться.</translation>
    </message>
    <message>
        <source>The display of “%1” listens only on its host&apos;s loopback address. Connect to the host over SSH to reach it, or make the display listen on the network.</source>
        <translation>Дисплей «%1» принимает подключения только на loopback-адресе своего хоста. Чтобы получить к нему доступ, подключитесь к хосту по SSH или настройте дисплей на приём подключений из сети.</translation>
    </message>
    <message>
        <source>Console closed</source>
        <translation>Консоль закрыта</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Переподключиться</translation>
    </message>
    <message>
        <source>The password was not accepted by the console of “%1”. Try again.</source>
        <translation>Консоль «%1» не приняла пароль. Повторите попытку.</translation>
    </message>
    <message>
        <source>The console of “%1” is protected by a password.</source>
        <translation>Консоль «%1» защищена паролем.</translation>
    </message>
    <message>
        <source>Console disconnected</source>
        <translation>Консоль отключена</translation>
    </message>
    <message>
        <source>The connection to the console was closed.</source>
        <translation>Соединение с консолью закрыто.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Переподключение…</translation>
    </message>
    <message>
        <source>The console of “%1” went away; reconnecting.</source>
        <translation>Соединение с консолью «%1» прервалось; выполняется переподключение.</translation>
    </message>
    <message>
        <source>%1 — Console</source>
        <translation>%1 — консоль</translation>
    </message>
    <message>
        <source>Console detached</source>
        <translation>Консоль откреплена</translation>
    </message>
    <message>
        <source>The console is shown in a window of its own.</source>
        <translation>Консоль показана в отдельном окне.</translation>
    </message>
    <message>
        <source>Attach here</source>
        <translation>Вернуть сюда</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>Не удалось сохранить пароль: %1</translation>
    </message>
    <message>
        <source>USB redirection is not available</source>
        <translation>Перенаправление USB недоступно</translation>
    </message>
    <message>
        <source>No USB devices found</source>
        <translation>USB-устройства не найдены</translation>
    </message>
    <message>
        <source>Release keys</source>
        <translation>Клавиши освобождения</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Вид</translation>
    </message>
</context>
<context>
    <name>ConsoleView</name>
    <message>
        <source>Guest console</source>
        <translation>Консоль гостя</translation>
    </message>
    <message>
        <source>Click to send keyboard and mouse to the guest</source>
        <translation>Щёлкните, чтобы передавать гостю ввод с клавиатуры и мыши</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Super</source>
        <translation>Super</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Realm:</source>
        <translation>Область (realm):</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Log in to host</source>
        <translation>Вход на хост</translation>
    </message>
    <message>
        <source>%1 asks you to log in.</source>
        <translation>%1: требуется вход в систему.</translation>
    </message>
</context>
<context>
    <name>DeleteGuestDialog</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Удалить «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n guests</source>
        <translation>
            <numerusform>Удалить %n гостя</numerusform>
            <numerusform>Удалить %n гостей</numerusform>
            <numerusform>Удалить %n гостей</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete guests</source>
        <translation>Удаление гостей</translation>
    </message>
    <message>
        <source>The configuration of “%1” will be removed from its host. Its disks are kept unless you tick them below.</source>
        <translation>Конфигурация «%1» будет удалена с хоста. Диски сохранятся, если не отметить их ниже.</translation>
    </message>
    <message numerus="yes">
        <source>The configurations of %n guests will be removed from their hosts. Their disks are kept unless you tick them below.</source>
        <translation>
            <numerusform>Конфигурации %n гостя будут удалены с их хостов. Диски сохранятся, если не отметить их ниже.</numerusform>
            <numerusform>Конфигурации %n гостей будут удалены с их хостов. Диски сохранятся, если не отметить их ниже.</numerusform>
            <numerusform>Конфигурации %n гостей будут удалены с их хостов. Диски сохранятся, если не отметить их ниже.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Disks to delete</source>
        <translation>Диски для удаления</translation>
    </message>
    <message>
        <source>Reading disks…</source>
        <translation>Чтение дисков…</translation>
    </message>
    <message>
        <source>Host no longer connected</source>
        <translation>Хост больше не подключён</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Running: it will be forced off first</source>
        <translation>Работает: сначала будет выполнено принудительное выключение</translation>
    </message>
    <message>
        <source>(no disks)</source>
        <translation>(нет дисков)</translation>
    </message>
    <message>
        <source>(empty drive)</source>
        <translation>(пустой привод)</translation>
    </message>
    <message>
        <source>nothing to delete</source>
        <translation>нечего удалять</translation>
    </message>
    <message>
        <source>not in a storage pool: always kept</source>
        <translation>не в пуле хранения: всегда сохраняется</translation>
    </message>
    <message>
        <source>also used by %1</source>
        <translation>также используется: %1</translation>
    </message>
    <message>
        <source>installation or driver media</source>
        <translation>установочный носитель или носитель с драйверами</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>только для чтения</translation>
    </message>
    <message>
        <source>Delete, keep disks</source>
        <translation>Удалить, сохранив диски</translation>
    </message>
    <message>
        <source>Reading the guests&apos; disks…</source>
        <translation>Чтение дисков гостей…</translation>
    </message>
    <message>
        <source>No disk will be erased.</source>
        <translation>Ни один диск не будет стёрт.</translation>
    </message>
    <message numerus="yes">
        <source>Delete and erase %n disk(s)</source>
        <translation>
            <numerusform>Удалить и стереть %n диск</numerusform>
            <numerusform>Удалить и стереть %n диска</numerusform>
            <numerusform>Удалить и стереть %n дисков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked disk(s) will be erased permanently.</source>
        <translation>
            <numerusform>%n отмеченный диск будет безвозвратно стёрт.</numerusform>
            <numerusform>%n отмеченных диска будут безвозвратно стёрты.</numerusform>
            <numerusform>%n отмеченных дисков будут безвозвратно стёрты.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase disks?</source>
        <translation>Стереть диски?</translation>
    </message>
    <message>
        <source>These disks will be erased permanently. This cannot be undone:

%1</source>
        <translation>Эти диски будут безвозвратно стёрты. Это действие нельзя отменить:

%1</translation>
    </message>
    <message>
        <source>Erase disks</source>
        <translation>Стереть диски</translation>
    </message>
</context>
<context>
    <name>DomainListModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <source>Connected, loading guests…</source>
        <translation>Подключено, загрузка списка гостей…</translation>
    </message>
    <message>
        <source>Connected, %1 of %2 running</source>
        <translation>Подключено, работает %1 из %2</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Соединение потеряно</translation>
    </message>
    <message>
        <source>Connection lost, retrying in %1 s</source>
        <translation>Соединение потеряно, повтор через %1 с</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting…</source>
        <translation>Соединение потеряно, переподключение…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Нет подключения: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (демо)</translation>
    </message>
    <message>
        <source>Starts with the host</source>
        <translation>Запускается вместе с хостом</translation>
    </message>
    <message>
        <source>Transient: disappears when shut off</source>
        <translation>Временный: исчезает после выключения</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>ЦП</translation>
    </message>
    <message>
        <source>Memory use</source>
        <translation>Использование памяти</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>Дисковый ввод-вывод</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation>Сетевой ввод-вывод</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Оповещение: %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/с</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Показать подробности</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Подробности ошибки</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>FullScreenConsole</name>
    <message>
        <source>Full-screen console</source>
        <translation>Полноэкранная консоль</translation>
    </message>
</context>
<context>
    <name>GuestActions</name>
    <message>
        <source>Start</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Завершить работу</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>Принудительно выключить</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Приостановить</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Сохранить состояние</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Discard saved state</source>
        <translation>Сбросить сохранённое состояние</translation>
    </message>
    <message>
        <source>Start with host</source>
        <translation>Запускать вместе с хостом</translation>
    </message>
    <message>
        <source>Don&apos;t start with host</source>
        <translation>Не запускать вместе с хостом</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Starting “%1”</source>
        <translation>Запуск «%1»</translation>
    </message>
    <message>
        <source>Shutting down “%1”</source>
        <translation>Завершение работы «%1»</translation>
    </message>
    <message>
        <source>Rebooting “%1”</source>
        <translation>Перезагрузка «%1»</translation>
    </message>
    <message>
        <source>Forcing “%1” off</source>
        <translation>Принудительное выключение «%1»</translation>
    </message>
    <message>
        <source>Pausing “%1”</source>
        <translation>Приостановка «%1»</translation>
    </message>
    <message>
        <source>Resuming “%1”</source>
        <translation>Возобновление «%1»</translation>
    </message>
    <message>
        <source>Saving the state of “%1”</source>
        <translation>Сохранение состояния «%1»</translation>
    </message>
    <message>
        <source>Restoring “%1”</source>
        <translation>Восстановление «%1»</translation>
    </message>
    <message>
        <source>Discarding the saved state of “%1”</source>
        <translation>Сброс сохранённого состояния «%1»</translation>
    </message>
    <message>
        <source>Changing autostart of “%1”</source>
        <translation>Изменение автозапуска «%1»</translation>
    </message>
    <message>
        <source>Deleting “%1”</source>
        <translation>Удаление «%1»</translation>
    </message>
</context>
<context>
    <name>GuestStates</name>
    <message>
        <source>Running</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Простаивает</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>Завершает работу</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Спящий режим</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Контейнер</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Виртуальная машина</translation>
    </message>
</context>
<context>
    <name>GuestWindow</name>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Консоль</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Производительность</translation>
    </message>
</context>
<context>
    <name>HostPage</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Host overview</source>
        <translation>Обзор хоста</translation>
    </message>
    <message>
        <source>Host CPU graph</source>
        <translation>График ЦП хоста</translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation>ЦП (%)</translation>
    </message>
    <message>
        <source>Host memory graph</source>
        <translation>График памяти хоста</translation>
    </message>
    <message>
        <source>This host does not report its own CPU and memory use.</source>
        <translation>Этот хост не сообщает о загрузке своего ЦП и использовании памяти.</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>ЦП</translation>
    </message>
    <message>
        <source>Busiest guests by CPU</source>
        <translation>Гости с наибольшей загрузкой ЦП</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>Of assigned</source>
        <translation>От выделенной</translation>
    </message>
    <message>
        <source>Guests with the largest memory use</source>
        <translation>Гости с наибольшим использованием памяти</translation>
    </message>
    <message>
        <source>Busiest guests (CPU)</source>
        <translation>Самые загруженные гости (ЦП)</translation>
    </message>
    <message>
        <source>Largest memory use</source>
        <translation>Наибольшее использование памяти</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Память (ГиБ)</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>Память (МиБ)</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>ЦП: %1</translation>
    </message>
    <message>
        <source>%1 (%2 CPUs)</source>
        <translation>%1 (процессоров: %2)</translation>
    </message>
    <message>
        <source>Memory: %1 of %2 in use</source>
        <translation>Память: используется %1 из %2</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <source>%1 of %2 guests running</source>
        <translation>Работает гостей: %1 из %2</translation>
    </message>
</context>
<context>
    <name>HostWindow</name>
    <message>
        <source>%1 — host details</source>
        <translation>%1 — сведения о хосте</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Started %n guest(s).</source>
        <translation>
            <numerusform>Запущен %n гость.</numerusform>
            <numerusform>Запущено %n гостя.</numerusform>
            <numerusform>Запущено %n гостей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked %n guest(s) to shut down.</source>
        <translation>
            <numerusform>Запрос на завершение работы отправлен %n гостю.</numerusform>
            <numerusform>Запрос на завершение работы отправлен %n гостям.</numerusform>
            <numerusform>Запрос на завершение работы отправлен %n гостям.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked %n guest(s) to reboot.</source>
        <translation>
            <numerusform>Запрос на перезагрузку отправлен %n гостю.</numerusform>
            <numerusform>Запрос на перезагрузку отправлен %n гостям.</numerusform>
            <numerusform>Запрос на перезагрузку отправлен %n гостям.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forced %n guest(s) off.</source>
        <translation>
            <numerusform>Принудительно выключен %n гость.</numerusform>
            <numerusform>Принудительно выключено %n гостя.</numerusform>
            <numerusform>Принудительно выключено %n гостей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %n guest(s).</source>
        <translation>
            <numerusform>Приостановлен %n гость.</numerusform>
            <numerusform>Приостановлено %n гостя.</numerusform>
            <numerusform>Приостановлено %n гостей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n guest(s).</source>
        <translation>
            <numerusform>Возобновлена работа %n гостя.</numerusform>
            <numerusform>Возобновлена работа %n гостей.</numerusform>
            <numerusform>Возобновлена работа %n гостей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the state of %n guest(s).</source>
        <translation>
            <numerusform>Сохранено состояние %n гостя.</numerusform>
            <numerusform>Сохранено состояние %n гостей.</numerusform>
            <numerusform>Сохранено состояние %n гостей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n guest(s).</source>
        <translation>
            <numerusform>Восстановлен %n гость.</numerusform>
            <numerusform>Восстановлено %n гостя.</numerusform>
            <numerusform>Восстановлено %n гостей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded the saved state of %n guest(s).</source>
        <translation>
            <numerusform>Сброшено сохранённое состояние %n гостя.</numerusform>
            <numerusform>Сброшено сохранённое состояние %n гостей.</numerusform>
            <numerusform>Сброшено сохранённое состояние %n гостей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed autostart of %n guest(s).</source>
        <translation>
            <numerusform>Изменён автозапуск %n гостя.</numerusform>
            <numerusform>Изменён автозапуск %n гостей.</numerusform>
            <numerusform>Изменён автозапуск %n гостей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n guest(s).</source>
        <translation>
            <numerusform>Удалён %n гость.</numerusform>
            <numerusform>Удалено %n гостя.</numerusform>
            <numerusform>Удалено %n гостей.</numerusform>
        </translation>
    </message>
    <message>
        <source>VirtDeck</source>
        <translation>VirtDeck</translation>
    </message>
    <message>
        <source>VirtDeck manager</source>
        <translation>Менеджер VirtDeck</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Гости</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Force off…</source>
        <translation>Принудительно выключить…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Отключиться</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Убрать подключение</translation>
    </message>
    <message>
        <source>Remove %1 from the list? Its guests stay on the host untouched.</source>
        <translation>Убрать «%1» из списка? Гости на хосте останутся без изменений.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;About VirtDeck</source>
        <translation>&amp;О программе VirtDeck</translation>
    </message>
    <message>
        <source>About VirtDeck</source>
        <translation>О программе VirtDeck</translation>
    </message>
    <message>
        <source>&lt;b&gt;VirtDeck %1&lt;/b&gt;&lt;br&gt;Virtual machines and containers on libvirt.&lt;br&gt;Licensed under the GNU GPL, version 2 or later.</source>
        <translation>&lt;b&gt;VirtDeck %1&lt;/b&gt;&lt;br&gt;Виртуальные машины и контейнеры на базе libvirt.&lt;br&gt;Распространяется на условиях GNU GPL версии 2 или более поздней.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Подключение</translation>
    </message>
    <message>
        <source>&amp;Guest</source>
        <translation>&amp;Гость</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>Filter by name, title or UUID (Ctrl+F)</source>
        <translation>Фильтр по имени, заголовку или UUID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter guests</source>
        <translation>Фильтр гостей</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Фильтр по состоянию</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Работающие</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановленные</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>Выключенные</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранённые</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Со сбоем</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Фильтр по типу</translation>
    </message>
    <message>
        <source>VMs and containers</source>
        <translation>ВМ и контейнеры</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Виртуальные машины</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Контейнеры</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo connection.&lt;/b&gt; No libvirt daemon answered on this computer, so VirtDeck opened libvirt&apos;s built-in test driver: its guests are examples and nothing really runs. Start libvirtd (or add a remote host) to manage real guests.</source>
        <translation>&lt;b&gt;Демонстрационное подключение.&lt;/b&gt; На этом компьютере не ответила ни одна служба libvirt, поэтому VirtDeck открыл встроенный тестовый драйвер libvirt: его гости — лишь примеры, на самом деле ничего не запускается. Запустите libvirtd (или добавьте удалённый хост), чтобы управлять настоящими гостями.</translation>
    </message>
    <message>
        <source>Demo connection notice</source>
        <translation>Уведомление о демонстрационном подключении</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n гость</numerusform>
            <numerusform>%n гостя</numerusform>
            <numerusform>%n гостей</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сбросить</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n guest(s)…</source>
        <translation>
            <numerusform>%1: %n гость…</numerusform>
            <numerusform>%1: %n гостя…</numerusform>
            <numerusform>%1: %n гостей…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add connection…</source>
        <translation>Добавить подключение…</translation>
    </message>
    <message>
        <source>Remove connection…</source>
        <translation>Убрать подключение…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n guest(s) selected</source>
        <translation>
            <numerusform>Выбрано %1 из %n гостя</numerusform>
            <numerusform>Выбрано %1 из %n гостей</numerusform>
            <numerusform>Выбрано %1 из %n гостей</numerusform>
        </translation>
    </message>
    <message>
        <source>Force “%1” off? This is like pulling the power plug: whatever the guest has not saved is lost.</source>
        <translation>Принудительно выключить «%1»? Это всё равно что выдернуть вилку из розетки: всё, что гость не успел сохранить, будет потеряно.</translation>
    </message>
    <message numerus="yes">
        <source>Force %n guest(s) off? This is like pulling the power plug: whatever they have not saved is lost.</source>
        <translation>
            <numerusform>Принудительно выключить %n гостя? Это всё равно что выдернуть вилку из розетки: всё, что гости не успели сохранить, будет потеряно.</numerusform>
            <numerusform>Принудительно выключить %n гостей? Это всё равно что выдернуть вилку из розетки: всё, что гости не успели сохранить, будет потеряно.</numerusform>
            <numerusform>Принудительно выключить %n гостей? Это всё равно что выдернуть вилку из розетки: всё, что гости не успели сохранить, будет потеряно.</numerusform>
        </translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>Принудительно выключить</translation>
    </message>
    <message>
        <source>Discard the saved state of “%1”? It will start from scratch next time; whatever was open in it is lost.</source>
        <translation>Сбросить сохранённое состояние «%1»? При следующем запуске гость загрузится с нуля; всё, что было в нём открыто, будет потеряно.</translation>
    </message>
    <message numerus="yes">
        <source>Discard the saved state of %n guest(s)? They will start from scratch next time; whatever was open in them is lost.</source>
        <translation>
            <numerusform>Сбросить сохранённое состояние %n гостя? При следующем запуске гости загрузятся с нуля; всё, что было в них открыто, будет потеряно.</numerusform>
            <numerusform>Сбросить сохранённое состояние %n гостей? При следующем запуске гости загрузятся с нуля; всё, что было в них открыто, будет потеряно.</numerusform>
            <numerusform>Сбросить сохранённое состояние %n гостей? При следующем запуске гости загрузятся с нуля; всё, что было в них открыто, будет потеряно.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open console</source>
        <translation>Открыть консоль</translation>
    </message>
    <message>
        <source>Open the guest&apos;s window with its console (Ctrl+O, Enter or double-click)</source>
        <translation>Открыть окно гостя с его консолью (Ctrl+O, Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>Alert: %1: %2</source>
        <translation>Оповещение: %1: %2</translation>
    </message>
    <message>
        <source>VirtDeck: %1</source>
        <translation>VirtDeck: %1</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Производительность</translation>
    </message>
    <message>
        <source>Show the guest&apos;s CPU, memory, disk and network graphs (Ctrl+G)</source>
        <translation>Показать графики ЦП, памяти, дисков и сети гостя (Ctrl+G)</translation>
    </message>
    <message>
        <source>Host details</source>
        <translation>Сведения о хосте</translation>
    </message>
    <message>
        <source>Show the host&apos;s CPU and memory use and its busiest guests</source>
        <translation>Показать загрузку ЦП и памяти хоста и самых загруженных гостей</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>Alert thresholds…</source>
        <translation>Пороги оповещений…</translation>
    </message>
    <message>
        <source>Alerts for “%1”</source>
        <translation>Оповещения для «%1»</translation>
    </message>
    <message>
        <source>Use the rules set in Preferences</source>
        <translation>Использовать правила, заданные в параметрах</translation>
    </message>
    <message>
        <source>Alerts are switched off in Preferences.</source>
        <translation>Оповещения отключены в параметрах.</translation>
    </message>
</context>
<context>
    <name>PerformancePage</name>
    <message>
        <source>Performance</source>
        <translation>Производительность</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Hold the graphs still; samples are still recorded</source>
        <translation>Остановить графики; сбор данных при этом продолжается</translation>
    </message>
    <message>
        <source>Pause graphs</source>
        <translation>Приостановить графики</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Save the samples shown as a CSV file</source>
        <translation>Сохранить показанные данные в файл CSV</translation>
    </message>
    <message>
        <source>Export samples as CSV</source>
        <translation>Экспортировать данные в CSV</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>Экспорт данных</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не удалось выполнить экспорт</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Экспорт изображения…</translation>
    </message>
    <message>
        <source>Save the graphs as a PNG image</source>
        <translation>Сохранить графики как изображение PNG</translation>
    </message>
    <message>
        <source>Export graphs as image</source>
        <translation>Экспортировать графики в изображение</translation>
    </message>
    <message>
        <source>Export graphs</source>
        <translation>Экспорт графиков</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation>ЦП (%)</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>Память (МиБ)</translation>
    </message>
    <message>
        <source>Disk (%1)</source>
        <translation>Диск (%1)</translation>
    </message>
    <message>
        <source>Network (%1)</source>
        <translation>Сеть (%1)</translation>
    </message>
    <message>
        <source>CPU graph</source>
        <translation>График ЦП</translation>
    </message>
    <message>
        <source>Memory graph</source>
        <translation>График памяти</translation>
    </message>
    <message>
        <source>Disk graph</source>
        <translation>График дисков</translation>
    </message>
    <message>
        <source>Network graph</source>
        <translation>График сети</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>Б/с</translation>
    </message>
    <message>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>ЦП</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>Balloon</source>
        <translation>Balloon-драйвер</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Выделено</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Read + write</source>
        <translation>Чтение + запись</translation>
    </message>
    <message>
        <source>Read IOPS</source>
        <translation>IOPS чтения</translation>
    </message>
    <message>
        <source>Write IOPS</source>
        <translation>IOPS записи</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Received + sent</source>
        <translation>Получено + отправлено</translation>
    </message>
    <message>
        <source>vCPU %1</source>
        <translation>vCPU %1</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Секунды</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>ЦП, %</translation>
    </message>
    <message>
        <source>vCPU %1 %</source>
        <translation>vCPU %1, %</translation>
    </message>
    <message>
        <source>Memory used MiB</source>
        <translation>Используемая память, МиБ</translation>
    </message>
    <message>
        <source>Memory balloon MiB</source>
        <translation>Память balloon-драйвера, МиБ</translation>
    </message>
    <message>
        <source>Memory assigned MiB</source>
        <translation>Выделенная память, МиБ</translation>
    </message>
    <message>
        <source>Disk read B/s</source>
        <translation>Чтение с диска, Б/с</translation>
    </message>
    <message>
        <source>Disk write B/s</source>
        <translation>Запись на диск, Б/с</translation>
    </message>
    <message>
        <source>Disk read IOPS</source>
        <translation>Чтение с диска, IOPS</translation>
    </message>
    <message>
        <source>Disk write IOPS</source>
        <translation>Запись на диск, IOPS</translation>
    </message>
    <message>
        <source>Network received B/s</source>
        <translation>Сеть: получено, Б/с</translation>
    </message>
    <message>
        <source>Network sent B/s</source>
        <translation>Сеть: отправлено, Б/с</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>КиБ/с</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>МиБ/с</translation>
    </message>
    <message>
        <source>GiB/s</source>
        <translation>ГиБ/с</translation>
    </message>
    <message>
        <source>TiB/s</source>
        <translation>ТиБ/с</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>On hosts with more than 200 guests, sample only the guests on screen and in open windows</source>
        <translation>На хостах, где больше 200 гостей, собирать статистику только для гостей, видимых на экране и в открытых окнах</translation>
    </message>
    <message>
        <source>Alert when a guest needs attention</source>
        <translation>Оповещать, когда гостю требуется внимание</translation>
    </message>
    <message>
        <source>Show a desktop notification</source>
        <translation>Показывать уведомление на рабочем столе</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Statistics interval</source>
        <translation>Интервал сбора статистики</translation>
    </message>
    <message>
        <source> samples</source>
        <translation> отсчётов</translation>
    </message>
    <message>
        <source>History length</source>
        <translation>Длина истории</translation>
    </message>
    <message>
        <source>Sample only visible guests</source>
        <translation>Собирать статистику только для видимых гостей</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Sample every:</source>
        <translation>Интервал опроса:</translation>
    </message>
    <message>
        <source>Keep in the list:</source>
        <translation>Хранить в списке:</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>Guests in alert show a red mark in the list. Rules for a single guest are set from its context menu.</source>
        <translation>Гости, для которых сработало оповещение, отмечаются в списке красным значком. Правила для отдельного гостя задаются в его контекстном меню.</translation>
    </message>
</context>
<context>
    <name>SendKeyMenu</name>
    <message>
        <source>Send key</source>
        <translation>Отправить клавиши</translation>
    </message>
</context>
<context>
    <name>SendKeys</name>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Del</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Backspace</source>
        <translation>Ctrl+Alt+Backspace</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F%1</source>
        <translation>Ctrl+Alt+F%1</translation>
    </message>
    <message>
        <source>PrintScreen</source>
        <translation>PrintScreen</translation>
    </message>
    <message>
        <source>Alt+SysRq</source>
        <translation>Alt+SysRq</translation>
    </message>
</context>
<context>
    <name>SpiceConsoleSession</name>
    <message>
        <source>The console refused the password.</source>
        <translation>Консоль отклонила пароль.</translation>
    </message>
    <message>
        <source>Could not connect to the SPICE server.</source>
        <translation>Не удалось подключиться к серверу SPICE.</translation>
    </message>
    <message>
        <source>The SPICE connection was closed.</source>
        <translation>Соединение SPICE закрыто.</translation>
    </message>
    <message>
        <source>Could not open the SPICE session.</source>
        <translation>Не удалось открыть сеанс SPICE.</translation>
    </message>
</context>
<context>
    <name>SshTunnel</name>
    <message>
        <source>Could not create a socket pair for the SSH tunnel.</source>
        <translation>Не удалось создать пару сокетов для SSH-туннеля.</translation>
    </message>
    <message>
        <source>Could not start &quot;%1&quot;: %2</source>
        <translation>Не удалось запустить «%1»: %2</translation>
    </message>
</context>
<context>
    <name>TerminalWidget</name>
    <message>
        <source>Text console</source>
        <translation>Текстовая консоль</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Вставить</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить вс&amp;ё</translation>
    </message>
    <message>
        <source>C&amp;lear Scrollback</source>
        <translation>&amp;Очистить историю прокрутки</translation>
    </message>
    <message>
        <source>&amp;Reset Terminal</source>
        <translation>&amp;Сбросить терминал</translation>
    </message>
</context>
<context>
    <name>TextConsoleChannel</name>
    <message>
        <source>Console closed</source>
        <translation>Консоль закрыта</translation>
    </message>
    <message>
        <source>The guest&apos;s console was closed; the guest may have stopped or another client took the console over.</source>
        <translation>Консоль гостя закрыта: возможно, гость остановлен или консоль перехватил другой клиент.</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>SSH login refused</source>
        <translation>Вход по SSH отклонён</translation>
    </message>
    <message>
        <source>Check the user name, and that your public key is in that user&apos;s ~/.ssh/authorized_keys on the host (or try logging in with &quot;ssh&quot; in a terminal first).</source>
        <translation>Проверьте имя пользователя и убедитесь, что ваш открытый ключ есть в файле ~/.ssh/authorized_keys этого пользователя на хосте (или сначала попробуйте войти с помощью «ssh» в терминале).</translation>
    </message>
    <message>
        <source>The host&apos;s identity could not be verified</source>
        <translation>Не удалось проверить подлинность хоста</translation>
    </message>
    <message>
        <source>The SSH key presented by %1 is not in your list of known hosts, or it has changed since you last connected.</source>
        <translation>Ключ SSH, который предъявил %1, отсутствует в списке известных хостов или изменился с момента последнего подключения.</translation>
    </message>
    <message>
        <source>Connect once with &quot;ssh&quot; in a terminal to check and accept the host key, then try again.</source>
        <translation>Подключитесь один раз с помощью «ssh» в терминале, чтобы проверить и принять ключ хоста, затем повторите попытку.</translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation>Имя хоста не найдено</translation>
    </message>
    <message>
        <source>Check the spelling of the host name, or use its IP address.</source>
        <translation>Проверьте написание имени хоста или используйте его IP-адрес.</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Хост недоступен</translation>
    </message>
    <message>
        <source>Check that the host is switched on and reachable, that the port is right, and that SSH (or the libvirt TLS/TCP listener) runs on it.</source>
        <translation>Убедитесь, что хост включён и доступен, порт указан верно, а на хосте работает SSH (или прослушиватель TLS/TCP libvirt).</translation>
    </message>
    <message>
        <source>Not allowed to use libvirt</source>
        <translation>Нет доступа к libvirt</translation>
    </message>
    <message>
        <source>Add your user to the &quot;libvirt&quot; group (then log out and in again), or connect to the QEMU/KVM user session instead.</source>
        <translation>Добавьте своего пользователя в группу «libvirt» (затем выйдите из системы и войдите снова) или подключитесь вместо этого к пользовательскому сеансу QEMU/KVM.</translation>
    </message>
    <message>
        <source>libvirt on %1 asks for an administrator&apos;s permission, and no authentication agent is available to ask you for it.</source>
        <translation>libvirt (хост: %1) запрашивает разрешение администратора, но нет агента аутентификации, который мог бы запросить его у вас.</translation>
    </message>
    <message>
        <source>Add your user to the &quot;libvirt&quot; group (then log out and in again), or run a polkit authentication agent in your desktop session.</source>
        <translation>Добавьте своего пользователя в группу «libvirt» (затем выйдите из системы и войдите снова) или запустите агент аутентификации polkit в сеансе рабочего стола.</translation>
    </message>
    <message>
        <source>The libvirt service is not running</source>
        <translation>Служба libvirt не запущена</translation>
    </message>
    <message>
        <source>Nothing answers on libvirt&apos;s socket on %1, so its virtual machines cannot be managed.</source>
        <translation>Сокет libvirt не отвечает (хост: %1), поэтому управлять виртуальными машинами невозможно.</translation>
    </message>
    <message>
        <source>Start the service (&quot;systemctl start libvirtd&quot;, or &quot;libvirtd -d&quot; on systems without systemd) and reconnect.</source>
        <translation>Запустите службу («systemctl start libvirtd» или «libvirtd -d» в системах без systemd) и подключитесь снова.</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>Вход отменён</translation>
    </message>
    <message>
        <source>The connection was not opened because the login was cancelled.</source>
        <translation>Подключение не открыто, так как вход был отменён.</translation>
    </message>
    <message>
        <source>Connect again when you have the credentials at hand.</source>
        <translation>Подключитесь снова, когда учётные данные будут под рукой.</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Не удалось войти</translation>
    </message>
    <message>
        <source>Check the credentials and try again.</source>
        <translation>Проверьте учётные данные и повторите попытку.</translation>
    </message>
    <message>
        <source>Hardware virtualization is not available</source>
        <translation>Аппаратная виртуализация недоступна</translation>
    </message>
    <message>
        <source>This guest needs KVM, but KVM cannot be used on %1: the CPU lacks virtualization support, it is disabled in the firmware, or /dev/kvm is not accessible.</source>
        <translation>Этому гостю требуется KVM, но KVM недоступен (хост: %1): процессор не поддерживает виртуализацию, она отключена в прошивке или нет доступа к /dev/kvm.</translation>
    </message>
    <message>
        <source>Enable VT-x/AMD-V in the firmware settings and load the kvm module, or change the guest to plain emulation (QEMU/TCG), which is slower.</source>
        <translation>Включите VT-x/AMD-V в настройках прошивки и загрузите модуль kvm или переключите гостя на обычную эмуляцию (QEMU/TCG), которая работает медленнее.</translation>
    </message>
    <message>
        <source>Name already taken</source>
        <translation>Имя уже занято</translation>
    </message>
    <message>
        <source>Something with this name already exists on %1.</source>
        <translation>Объект с таким именем уже существует (хост: %1).</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Выберите другое имя.</translation>
    </message>
    <message>
        <source>The guest is already running</source>
        <translation>Гость уже запущен</translation>
    </message>
    <message>
        <source>This needs a guest that is shut off, but it is running.</source>
        <translation>Для этого действия гость должен быть выключен, но он работает.</translation>
    </message>
    <message>
        <source>Shut the guest down first, or refresh the list if it looks stopped.</source>
        <translation>Сначала завершите работу гостя или обновите список, если он выглядит остановленным.</translation>
    </message>
    <message>
        <source>The guest is not running</source>
        <translation>Гость не запущен</translation>
    </message>
    <message>
        <source>This can only be done while the guest is running.</source>
        <translation>Это можно сделать только во время работы гостя.</translation>
    </message>
    <message>
        <source>Start the guest first.</source>
        <translation>Сначала запустите гостя.</translation>
    </message>
    <message>
        <source>Not supported here</source>
        <translation>Не поддерживается</translation>
    </message>
    <message>
        <source>The hypervisor driver on %1 cannot do this.</source>
        <translation>Драйвер гипервизора не поддерживает это действие (хост: %1).</translation>
    </message>
    <message>
        <source>This is a limit of the driver or its version, not a mistake on your side; the details name the operation.</source>
        <translation>Это ограничение драйвера или его версии, а не ваша ошибка; операция указана в подробностях.</translation>
    </message>
    <message>
        <source>Hypervisor type not available</source>
        <translation>Тип гипервизора недоступен</translation>
    </message>
    <message>
        <source>libvirt on %1 has no driver for this kind of connection.</source>
        <translation>В libvirt нет драйвера для подключений этого типа (хост: %1).</translation>
    </message>
    <message>
        <source>Install the matching libvirt daemon driver package, or check the connection address.</source>
        <translation>Установите соответствующий пакет драйвера службы libvirt или проверьте адрес подключения.</translation>
    </message>
    <message>
        <source>Guest not found</source>
        <translation>Гость не найден</translation>
    </message>
    <message>
        <source>The guest no longer exists; it may have been deleted elsewhere.</source>
        <translation>Гость больше не существует; возможно, его удалили в другой программе.</translation>
    </message>
    <message>
        <source>The list updates by itself; nothing needs to be done.</source>
        <translation>Список обновится автоматически; ничего делать не нужно.</translation>
    </message>
    <message>
        <source>Configuration not accepted</source>
        <translation>Конфигурация не принята</translation>
    </message>
    <message>
        <source>libvirt refused the configuration: %1</source>
        <translation>libvirt отклонил конфигурацию: %1</translation>
    </message>
    <message>
        <source>Correct the value it names; the current configuration was not changed.</source>
        <translation>Исправьте указанное значение; текущая конфигурация не изменена.</translation>
    </message>
    <message>
        <source>The host stopped answering</source>
        <translation>Хост перестал отвечать</translation>
    </message>
    <message>
        <source>VirtDeck reconnects by itself when the host answers again.</source>
        <translation>VirtDeck переподключится автоматически, когда хост снова ответит.</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Соединение потеряно</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted.</source>
        <translation>Соединение прервано (хост: %1).</translation>
    </message>
    <message>
        <source>VirtDeck reconnects by itself; if it keeps failing, check the host.</source>
        <translation>VirtDeck переподключится автоматически; если это не удаётся, проверьте хост.</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Действие запрещено</translation>
    </message>
    <message>
        <source>Your account on %1 is not allowed to do this.</source>
        <translation>Вашей учётной записи не разрешено это действие (хост: %1).</translation>
    </message>
    <message>
        <source>Ask the host&apos;s administrator for access, or use an account that has it.</source>
        <translation>Запросите доступ у администратора хоста или используйте учётную запись, у которой он есть.</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>Недопустимое значение</translation>
    </message>
    <message>
        <source>libvirt rejected a value: %1</source>
        <translation>libvirt отклонил значение: %1</translation>
    </message>
    <message>
        <source>Correct the value and try again; nothing was changed.</source>
        <translation>Исправьте значение и повторите попытку; ничего не изменено.</translation>
    </message>
    <message>
        <source>The operation failed</source>
        <translation>Операция не выполнена</translation>
    </message>
    <message>
        <source>libvirt reported an error without a message.</source>
        <translation>libvirt сообщил об ошибке без описания.</translation>
    </message>
    <message>
        <source>The details below hold libvirt&apos;s own report.</source>
        <translation>Ниже в подробностях приведено исходное сообщение libvirt.</translation>
    </message>
    <message>
        <source>libvirt error %1 (domain %2): %3</source>
        <translation>Ошибка libvirt %1 (домен %2): %3</translation>
    </message>
    <message>
        <source>The guest is not paused</source>
        <translation>Гость не приостановлен</translation>
    </message>
    <message>
        <source>Only a paused guest can be resumed.</source>
        <translation>Возобновить можно только приостановленного гостя.</translation>
    </message>
    <message>
        <source>Refresh the list if the guest looks paused.</source>
        <translation>Обновите список, если гость выглядит приостановленным.</translation>
    </message>
    <message>
        <source>The SSH server on %1 refused the login: the user name, key or password was not accepted.</source>
        <translation>SSH-сервер на хосте %1 отклонил вход: имя пользователя, ключ или пароль не приняты.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; could not be found on the network.</source>
        <translation>Имя хоста «%1» не найдено в сети.</translation>
    </message>
    <message>
        <source>The host %1 could not be reached: nothing answered on the network port, or the network path to it is down.</source>
        <translation>Не удалось связаться с хостом %1: сетевой порт не отвечает или сетевой путь к хосту не работает.</translation>
    </message>
    <message>
        <source>The libvirt service on this computer is running, but your user may not open its socket.</source>
        <translation>Служба libvirt на этом компьютере работает, но у вашего пользователя нет прав на открытие её сокета.</translation>
    </message>
    <message>
        <source>The libvirt service on %1 is running, but the account you log in with may not open its socket.</source>
        <translation>Служба libvirt на хосте %1 работает, но у учётной записи, под которой вы входите, нет прав на открытие её сокета.</translation>
    </message>
    <message>
        <source>libvirt on this computer asks for an administrator&apos;s permission, and no authentication agent is available to ask you for it.</source>
        <translation>libvirt на этом компьютере запрашивает разрешение администратора, но нет агента аутентификации, который мог бы запросить его у вас.</translation>
    </message>
    <message>
        <source>Nothing answers on libvirt&apos;s socket on this computer, so its virtual machines cannot be managed.</source>
        <translation>Сокет libvirt на этом компьютере не отвечает, поэтому управлять виртуальными машинами на нём невозможно.</translation>
    </message>
    <message>
        <source>The user name or password was not accepted.</source>
        <translation>Имя пользователя или пароль не приняты.</translation>
    </message>
    <message>
        <source>The host %1 did not accept the user name or password.</source>
        <translation>Хост %1 не принял имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>This guest needs KVM, but KVM cannot be used on this computer: the CPU lacks virtualization support, it is disabled in the firmware, or /dev/kvm is not accessible.</source>
        <translation>Этому гостю требуется KVM, но на этом компьютере KVM недоступен: процессор не поддерживает виртуализацию, она отключена в прошивке или нет доступа к /dev/kvm.</translation>
    </message>
    <message>
        <source>Something with this name already exists on this computer.</source>
        <translation>Объект с таким именем уже существует на этом компьютере.</translation>
    </message>
    <message>
        <source>The hypervisor driver on this computer cannot do this.</source>
        <translation>Драйвер гипервизора на этом компьютере не поддерживает это действие.</translation>
    </message>
    <message>
        <source>libvirt on this computer has no driver for this kind of connection.</source>
        <translation>В libvirt на этом компьютере нет драйвера для подключений этого типа.</translation>
    </message>
    <message>
        <source>The libvirt service did not answer in time; it may be hung.</source>
        <translation>Служба libvirt не ответила вовремя; возможно, она зависла.</translation>
    </message>
    <message>
        <source>The host %1 did not answer in time; its libvirt service may be hung or the network down.</source>
        <translation>Хост %1 не ответил вовремя; возможно, служба libvirt на нём зависла или сеть недоступна.</translation>
    </message>
    <message>
        <source>The connection to the libvirt service was interrupted.</source>
        <translation>Соединение со службой libvirt прервано.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Вашей учётной записи не разрешено это действие.</translation>
    </message>
</context>
<context>
    <name>VncSession</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Соединение закрыто.</translation>
    </message>
    <message>
        <source>The console could not be reopened.</source>
        <translation>Не удалось повторно открыть консоль.</translation>
    </message>
</context>
</TS>
