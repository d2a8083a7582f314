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
    <name>AddHardwareDialog</name>
    <message>
        <source>Add hardware</source>
        <translation>Добавить оборудование</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Тип устройства</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Add the device</source>
        <translation>Добавить устройство</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>CD-ROM</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Сетевой интерфейс</translation>
    </message>
    <message>
        <source>Graphics (display)</source>
        <translation>Графика (дисплей)</translation>
    </message>
    <message>
        <source>Video card</source>
        <translation>Видеокарта</translation>
    </message>
    <message>
        <source>Sound card</source>
        <translation>Звуковая карта</translation>
    </message>
    <message>
        <source>Input device</source>
        <translation>Устройство ввода</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Последовательный порт</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Консоль</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Общая папка</translation>
    </message>
    <message>
        <source>USB or PCI host device</source>
        <translation>USB- или PCI-устройство хоста</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>Сторожевой таймер</translation>
    </message>
    <message>
        <source>Random number generator</source>
        <translation>Генератор случайных чисел</translation>
    </message>
    <message>
        <source>Nothing was added: correct the marked fields.</source>
        <translation>Ничего не добавлено: исправьте отмеченные поля.</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Добавление…</translation>
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
    <name>BootPage</name>
    <message>
        <source>Boot settings of the running guest</source>
        <translation>Параметры загрузки работающего гостя</translation>
    </message>
    <message>
        <source>Boot order</source>
        <translation>Порядок загрузки</translation>
    </message>
    <message>
        <source>By device &amp;type</source>
        <translation>По &amp;типу устройства</translation>
    </message>
    <message>
        <source>Boot order by device type</source>
        <translation>Порядок загрузки по типу устройства</translation>
    </message>
    <message>
        <source>By individual &amp;device</source>
        <translation>По отдельным &amp;устройствам</translation>
    </message>
    <message>
        <source>Boot order by individual device</source>
        <translation>Порядок загрузки по отдельным устройствам</translation>
    </message>
    <message>
        <source>Device types to boot from, in order</source>
        <translation>Типы устройств для загрузки, по порядку</translation>
    </message>
    <message>
        <source>Devices to boot from, in order</source>
        <translation>Устройства для загрузки, по порядку</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>В&amp;верх</translation>
    </message>
    <message>
        <source>Move up in the boot order</source>
        <translation>Выше в порядке загрузки</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>Move down in the boot order</source>
        <translation>Ниже в порядке загрузки</translation>
    </message>
    <message>
        <source>Ticked entries are tried from the top. libvirt takes one of the two forms: choosing individual devices replaces the device types, and the other way round.</source>
        <translation>Отмеченные пункты пробуются сверху вниз. libvirt принимает одну из двух форм: выбор отдельных устройств заменяет типы устройств, и наоборот.</translation>
    </message>
    <message>
        <source>Boot menu</source>
        <translation>Меню загрузки</translation>
    </message>
    <message>
        <source>Show the firmware&apos;s boot &amp;menu</source>
        <translation>Показывать &amp;меню загрузки прошивки</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>Firmware default</source>
        <translation>По умолчанию прошивки</translation>
    </message>
    <message>
        <source>Boot menu timeout in milliseconds</source>
        <translation>Время ожидания меню загрузки в миллисекундах</translation>
    </message>
    <message>
        <source>&amp;Wait for a choice:</source>
        <translation>&amp;Ждать выбора:</translation>
    </message>
    <message>
        <source>Boot menu timeout</source>
        <translation>Время ожидания меню загрузки</translation>
    </message>
    <message>
        <source>Direct kernel boot</source>
        <translation>Прямая загрузка ядра</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>&amp;Ядро:</translation>
    </message>
    <message>
        <source>Kernel path</source>
        <translation>Путь к ядру</translation>
    </message>
    <message>
        <source>&amp;Initial ramdisk:</source>
        <translation>&amp;Начальный RAM-диск:</translation>
    </message>
    <message>
        <source>Initial ramdisk path</source>
        <translation>Путь к начальному RAM-диску</translation>
    </message>
    <message>
        <source>Kernel command line</source>
        <translation>Командная строка ядра</translation>
    </message>
    <message>
        <source>e.g. console=ttyS0 root=/dev/vda1</source>
        <translation>например, console=ttyS0 root=/dev/vda1</translation>
    </message>
    <message>
        <source>&amp;Command line:</source>
        <translation>&amp;Командная строка:</translation>
    </message>
    <message>
        <source>De&amp;vice tree:</source>
        <translation>Дерево &amp;устройств:</translation>
    </message>
    <message>
        <source>Device tree path</source>
        <translation>Путь к дереву устройств</translation>
    </message>
    <message>
        <source>Paths on the guest&apos;s host. Leave the kernel empty to boot from the devices above.</source>
        <translation>Пути на хосте гостя. Оставьте ядро пустым, чтобы загружаться с устройств выше.</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Прошивка</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>Прошивка:</translation>
    </message>
    <message>
        <source>Chosen when the guest was created; the XML page can change it.</source>
        <translation>Выбрана при создании гостя; её можно изменить на странице XML.</translation>
    </message>
    <message>
        <source>Some changes apply at the next start of the guest.</source>
        <translation>Некоторые изменения вступят в силу при следующем запуске гостя.</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Отложенные изменения</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Apply boot settings</source>
        <translation>Применить параметры загрузки</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Revert boot settings</source>
        <translation>Отменить параметры загрузки</translation>
    </message>
    <message>
        <source>applies after restart</source>
        <translation>после перезапуска</translation>
    </message>
    <message>
        <source>%1 applies after restart</source>
        <translation>%1 — после перезапуска</translation>
    </message>
    <message>
        <source>/absolute/path on the host</source>
        <translation>/абсолютный/путь на хосте</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation>Выберите: %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Нет подключения.</translation>
    </message>
    <message>
        <source>A container starts its init program; it has no boot settings.</source>
        <translation>Контейнер запускает свою программу init; параметров загрузки у него нет.</translation>
    </message>
    <message>
        <source>The guest is running: changes here are saved and apply the next time it starts.</source>
        <translation>Гость запущен: изменения здесь сохраняются и вступят в силу при следующем запуске.</translation>
    </message>
    <message>
        <source>The guest is not running: changes apply when it starts.</source>
        <translation>Гость не запущен: изменения вступят в силу при запуске.</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the marked fields.</source>
        <translation>Ничего не изменено: исправьте отмеченные поля.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Нечего изменять.</translation>
    </message>
    <message>
        <source>Saved; the marked settings apply after a restart.</source>
        <translation>Сохранено; отмеченные параметры вступят в силу после перезапуска.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>ChannelEditor</name>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Назначение:</translation>
    </message>
    <message>
        <source>QEMU guest agent</source>
        <translation>Гостевой агент QEMU</translation>
    </message>
    <message>
        <source>SPICE agent (clipboard, display size)</source>
        <translation>Агент SPICE (буфер обмена, размер экрана)</translation>
    </message>
    <message>
        <source>Another virtio port</source>
        <translation>Другой порт virtio</translation>
    </message>
    <message>
        <source>Port &amp;name:</source>
        <translation>&amp;Имя порта:</translation>
    </message>
    <message>
        <source>&amp;Host side:</source>
        <translation>Сторона &amp;хоста:</translation>
    </message>
    <message>
        <source>A Unix socket (path chosen by libvirt)</source>
        <translation>Unix-сокет (путь выбирает libvirt)</translation>
    </message>
    <message>
        <source>A pseudo terminal</source>
        <translation>Псевдотерминал</translation>
    </message>
    <message>
        <source>Enter the port&apos;s name, as the program in the guest expects it (for example org.example.port.0).</source>
        <translation>Введите имя порта, как его ожидает программа в госте (например, org.example.port.0).</translation>
    </message>
    <message>
        <source>Use only letters, digits, dots, dashes and underscores in the port&apos;s name.</source>
        <translation>В имени порта допустимы только буквы, цифры, точки, дефисы и подчёркивания.</translation>
    </message>
    <message>
        <source>The guest needs qemu-guest-agent installed and running.</source>
        <translation>В госте должен быть установлен и запущен qemu-guest-agent.</translation>
    </message>
    <message>
        <source>Works only while the guest&apos;s display is SPICE; the guest needs spice-vdagent.</source>
        <translation>Работает только при дисплее SPICE; в госте нужен spice-vdagent.</translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>Clone “%1”</source>
        <translation>Клонирование «%1»</translation>
    </message>
    <message>
        <source>Makes a new guest with the configuration of “%1” and its own disks. The clone gets a new UUID and new network card addresses, so both can run side by side.</source>
        <translation>Создаёт нового гостя с конфигурацией «%1» и собственными дисками. Клон получает новый UUID и новые адреса сетевых карт, поэтому оба гостя могут работать одновременно.</translation>
    </message>
    <message>
        <source>Name of the clone</source>
        <translation>Имя клона</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Проблема с именем</translation>
    </message>
    <message>
        <source>&amp;Full copy: every disk is copied; the clone does not depend on “%1”</source>
        <translation>&amp;Полная копия: копируются все диски; клон не зависит от «%1»</translation>
    </message>
    <message>
        <source>Full copy</source>
        <translation>Полная копия</translation>
    </message>
    <message>
        <source>&amp;Linked clone (qcow2 backing file, fast, needs the source kept)</source>
        <translation>&amp;Связанный клон (базовый файл qcow2, быстро, исходный гость должен сохраняться)</translation>
    </message>
    <message>
        <source>Linked clone</source>
        <translation>Связанный клон</translation>
    </message>
    <message>
        <source>State of the source</source>
        <translation>Состояние исходного гостя</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>In the clone</source>
        <translation>В клоне</translation>
    </message>
    <message>
        <source>Disks of %1</source>
        <translation>Диски %1</translation>
    </message>
    <message>
        <source>Why Clone is disabled</source>
        <translation>Почему клонирование недоступно</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Disks:</source>
        <translation>Диски:</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Текущий шаг</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Clone log</source>
        <translation>Журнал клонирования</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back to the options</source>
        <translation>Вернуться к параметрам</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Клонировать</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Клонировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
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
    <message>
        <source>Enter a name for the clone.</source>
        <translation>Введите имя клона.</translation>
    </message>
    <message>
        <source>A guest named %1 already exists on this host.</source>
        <translation>На этом хосте уже есть гость с именем %1.</translation>
    </message>
    <message>
        <source>Checking %1 and the host&apos;s guests…</source>
        <translation>Проверка %1 и гостей хоста…</translation>
    </message>
    <message>
        <source>Clone is disabled: %1</source>
        <translation>Клонирование недоступно: %1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>%1 is shut off. It must stay shut off and unchanged for as long as the linked clone exists: the clone reads %1&apos;s disks as its base, and any change to them breaks the clone.</source>
        <translation>%1 выключен. Он должен оставаться выключенным и неизменным, пока существует связанный клон: клон использует диски %1 как базовые, и любое их изменение повредит клон.</translation>
    </message>
    <message>
        <source>%1 is shut off, as it must be while its disks are copied: disks in use would be copied half-written. Afterwards both guests are independent.</source>
        <translation>%1 выключен, как и требуется при копировании его дисков: используемые диски скопировались бы недописанными. После этого оба гостя будут независимы.</translation>
    </message>
    <message>
        <source>Reading the disks…</source>
        <translation>Чтение дисков…</translation>
    </message>
    <message>
        <source>The disks could not be read</source>
        <translation>Не удалось прочитать диски</translation>
    </message>
    <message>
        <source>No disks</source>
        <translation>Нет дисков</translation>
    </message>
    <message>
        <source>Nothing to copy</source>
        <translation>Копировать нечего</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>CD-ROM</translation>
    </message>
    <message>
        <source>floppy</source>
        <translation>дисковод</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>диск</translation>
    </message>
    <message>
        <source>Empty drive; stays empty</source>
        <translation>Пустой привод; останется пустым</translation>
    </message>
    <message>
        <source>Shared: the same medium as in %1</source>
        <translation>Общий: тот же носитель, что и в %1</translation>
    </message>
    <message>
        <source>Shared: read-only, used by both guests</source>
        <translation>Общий: только для чтения, используется обоими гостями</translation>
    </message>
    <message>
        <source>Linked: a new qcow2 file on top of this one</source>
        <translation>Связанный: новый файл qcow2 поверх этого</translation>
    </message>
    <message>
        <source>Copied to a new volume in the same pool</source>
        <translation>Копируется в новый том в том же пуле</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Cancelling; removing what was made…</source>
        <translation>Отмена; удаление сделанного…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>%1 was created as a linked clone of %2. Keep %2 shut off and unchanged: the clone&apos;s disks are built on its disks.</source>
        <translation>%1 создан как связанный клон %2. Держите %2 выключенным и неизменным: диски клона построены на его дисках.</translation>
    </message>
    <message>
        <source>%1 was created: a full copy of %2 with disks of its own.</source>
        <translation>%1 создан: полная копия %2 с собственными дисками.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>Не удалось создать %1.</translation>
    </message>
    <message>
        <source>Nothing was left behind: everything made for the clone was removed.</source>
        <translation>Ничего не осталось: всё, что было создано для клона, удалено.</translation>
    </message>
    <message>
        <source>Shared: marked shareable, used by both guests</source>
        <translation>Общий: помечен как общий, используется обоими гостями</translation>
    </message>
</context>
<context>
    <name>CloudInitSeed</name>
    <message>
        <source>The cloud-init seed could not be made</source>
        <translation>Не удалось создать образ cloud-init</translation>
    </message>
    <message>
        <source>VirtDeck writes cloud-init seed images with xorriso, which is not installed on this computer.</source>
        <translation>VirtDeck записывает образы cloud-init с помощью xorriso, но эта программа не установлена на этом компьютере.</translation>
    </message>
    <message>
        <source>Install the “xorriso” package (apt install xorriso), or turn cloud-init off.</source>
        <translation>Установите пакет «xorriso» (apt install xorriso) или отключите cloud-init.</translation>
    </message>
    <message>
        <source>“%1” has no prefix length; write it as 192.168.122.50/24.</source>
        <translation>В «%1» не указана длина префикса; запишите адрес в виде 192.168.122.50/24.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address.</source>
        <translation>«%1» — не IPv4-адрес.</translation>
    </message>
    <message>
        <source>The prefix length in “%1” must be between 1 and 32.</source>
        <translation>Длина префикса в «%1» должна быть от 1 до 32.</translation>
    </message>
    <message>
        <source>The guest number cannot be negative.</source>
        <translation>Номер гостя не может быть отрицательным.</translation>
    </message>
    <message>
        <source>%1 is the network or broadcast address of its subnet; start at a host address.</source>
        <translation>%1 — адрес сети или широковещательный адрес своей подсети; начните с адреса узла.</translation>
    </message>
    <message>
        <source>Starting at %1, the subnet has room for %2 guests; guest %3 would fall outside it.</source>
        <translation>Если начать с %1, в подсети хватит места для %2 гостей; гость %3 в неё не поместится.</translation>
    </message>
    <message>
        <source>A cloud-init seed needs a host name and an instance id.</source>
        <translation>Для образа cloud-init нужны имя хоста и идентификатор экземпляра.</translation>
    </message>
    <message>
        <source>The gateway “%1” is not an IPv4 address.</source>
        <translation>Шлюз «%1» — не IPv4-адрес.</translation>
    </message>
    <message>
        <source>The DNS server “%1” is not an IPv4 address.</source>
        <translation>DNS-сервер «%1» — не IPv4-адрес.</translation>
    </message>
    <message>
        <source>No temporary folder could be made: %1</source>
        <translation>Не удалось создать временную папку: %1</translation>
    </message>
    <message>
        <source>The seed files could not be written in %1.</source>
        <translation>Не удалось записать файлы образа в %1.</translation>
    </message>
    <message>
        <source>xorriso could not be started: %1</source>
        <translation>Не удалось запустить xorriso: %1</translation>
    </message>
    <message>
        <source>Check that the “xorriso” package is installed correctly.</source>
        <translation>Проверьте, правильно ли установлен пакет «xorriso».</translation>
    </message>
    <message>
        <source>xorriso did not finish within a minute.</source>
        <translation>xorriso не завершил работу за минуту.</translation>
    </message>
    <message>
        <source>xorriso failed (exit code %1): %2</source>
        <translation>Ошибка xorriso (код выхода %1): %2</translation>
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
    <name>ContainerCreator</name>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Creating %1 was cancelled.</source>
        <translation>Создание %1 отменено.</translation>
    </message>
    <message>
        <source>Undoing what was made…</source>
        <translation>Отмена сделанных изменений…</translation>
    </message>
    <message>
        <source>The name cannot be used</source>
        <translation>Это имя нельзя использовать</translation>
    </message>
    <message>
        <source>Too little memory</source>
        <translation>Слишком мало памяти</translation>
    </message>
    <message>
        <source>A container needs a memory limit of at least %1 MiB.</source>
        <translation>Контейнеру нужен лимит памяти не менее %1 МиБ.</translation>
    </message>
    <message>
        <source>The command cannot be used</source>
        <translation>Эту команду нельзя использовать</translation>
    </message>
    <message>
        <source>The command must be a full path, such as /bin/sh.</source>
        <translation>Команда должна быть указана полным путём, например /bin/sh.</translation>
    </message>
    <message>
        <source>The root file system cannot be used</source>
        <translation>Эту корневую файловую систему нельзя использовать</translation>
    </message>
    <message>
        <source>The root file system must be a full path, such as /var/lib/lxc/web/rootfs.</source>
        <translation>Корневая файловая система должна быть указана полным путём, например /var/lib/lxc/web/rootfs.</translation>
    </message>
    <message>
        <source>The name is taken</source>
        <translation>Имя занято</translation>
    </message>
    <message>
        <source>A guest named %1 already exists on this host.</source>
        <translation>На этом хосте уже есть гость с именем %1.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Выберите другое имя.</translation>
    </message>
    <message>
        <source>Cannot make a root file system there</source>
        <translation>Невозможно создать корневую файловую систему здесь</translation>
    </message>
    <message>
        <source>debootstrap runs on this computer, but the container&apos;s host is another one.</source>
        <translation>debootstrap работает на этом компьютере, а контейнер находится на другом хосте.</translation>
    </message>
    <message>
        <source>Make the root file system on that host and choose its folder.</source>
        <translation>Создайте корневую файловую систему на том хосте и выберите её папку.</translation>
    </message>
    <message>
        <source>Making a Debian %1 root file system in %2 from %3</source>
        <translation>Создание корневой файловой системы Debian %1 в %2 из %3</translation>
    </message>
    <message>
        <source>Defining %1…</source>
        <translation>Определение %1…</translation>
    </message>
    <message>
        <source>Defining %1</source>
        <translation>Определение %1</translation>
    </message>
    <message>
        <source>Defined %1</source>
        <translation>Определено: %1</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Запуск %1…</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Запущено: %1</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>Запуск %1</translation>
    </message>
    <message>
        <source>%1 was created but could not be started: %2</source>
        <translation>%1: создание выполнено, но запустить не удалось: %2</translation>
    </message>
</context>
<context>
    <name>ContainerXmlBuilder</name>
    <message>
        <source>Enter a name for the container.</source>
        <translation>Введите имя контейнера.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most 64 are allowed.</source>
        <translation>Длина имени — %1 символов; допускается не более 64.</translation>
    </message>
    <message>
        <source>The name may contain only letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;+&quot; and &quot;-&quot;.</source>
        <translation>Имя может содержать только буквы, цифры и символы «.», «_», «+» и «-».</translation>
    </message>
    <message>
        <source>The name cannot start with &quot;.&quot; or &quot;-&quot;.</source>
        <translation>Имя не может начинаться с «.» или «-».</translation>
    </message>
</context>
<context>
    <name>CpuFeaturesTable</name>
    <message>
        <source>Feature</source>
        <translation>Функция</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>Функции процессора</translation>
    </message>
    <message>
        <source>Feature name</source>
        <translation>Название функции</translation>
    </message>
    <message>
        <source>Feature policy</source>
        <translation>Правило для функции</translation>
    </message>
    <message>
        <source>Require</source>
        <translation>Требовать</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Optional (if the host has it)</source>
        <translation>Необязательно (если есть у хоста)</translation>
    </message>
    <message>
        <source>Force (even if the host lacks it)</source>
        <translation>Принудительно (даже если у хоста нет)</translation>
    </message>
    <message>
        <source>Forbid (refuse to start if the host has it)</source>
        <translation>Запретить (не запускать, если есть у хоста)</translation>
    </message>
</context>
<context>
    <name>CpuPage</name>
    <message>
        <source>Virtual CPUs</source>
        <translation>Виртуальные процессоры</translation>
    </message>
    <message>
        <source>Current vCPUs</source>
        <translation>Текущее число vCPU</translation>
    </message>
    <message>
        <source>&amp;Current:</source>
        <translation>&amp;Текущее:</translation>
    </message>
    <message>
        <source>Maximum vCPUs</source>
        <translation>Максимум vCPU</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>Ма&amp;ксимум:</translation>
    </message>
    <message>
        <source>vCPUs of the running guest</source>
        <translation>vCPU работающего гостя</translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation>Модель процессора</translation>
    </message>
    <message>
        <source>CPU mode</source>
        <translation>Режим процессора</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>По умолчанию гипервизора</translation>
    </message>
    <message>
        <source>Host passthrough (fastest, not migratable)</source>
        <translation>Проброс процессора хоста (быстрее всего, без миграции)</translation>
    </message>
    <message>
        <source>Host model (close to the host, migratable)</source>
        <translation>Модель хоста (близко к хосту, с миграцией)</translation>
    </message>
    <message>
        <source>Named model</source>
        <translation>Именованная модель</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Режим:</translation>
    </message>
    <message>
        <source>CPU model name</source>
        <translation>Название модели процессора</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>М&amp;одель:</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Топология</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Сокеты</translation>
    </message>
    <message>
        <source>Dies</source>
        <translation>Кристаллы</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Ядра</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Раскладка:</translation>
    </message>
    <message>
        <source>All zero: the hypervisor decides. Otherwise the product must equal the maximum vCPUs.</source>
        <translation>Все нули: решает гипервизор. Иначе произведение должно равняться максимуму vCPU.</translation>
    </message>
    <message>
        <source>Some changes apply at the next start of the guest.</source>
        <translation>Некоторые изменения вступят в силу при следующем запуске гостя.</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Отложенные изменения</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Apply CPU settings</source>
        <translation>Применить настройки процессора</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Revert CPU settings</source>
        <translation>Отменить настройки процессора</translation>
    </message>
    <message>
        <source>applies after restart</source>
        <translation>после перезапуска</translation>
    </message>
    <message>
        <source>%1 applies after restart</source>
        <translation>%1 — после перезапуска</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Нет подключения.</translation>
    </message>
    <message numerus="yes">
        <source>Running now with %n vCPU(s), at most %1 without a restart.</source>
        <translation>
            <numerusform>Сейчас работает с %n vCPU, без перезапуска — не более %1.</numerusform>
            <numerusform>Сейчас работает с %n vCPU, без перезапуска — не более %1.</numerusform>
            <numerusform>Сейчас работает с %n vCPU, без перезапуска — не более %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The guest is not running: changes apply when it starts.</source>
        <translation>Гость не запущен: изменения вступят в силу при запуске.</translation>
    </message>
    <message>
        <source>Up to %1 (%2).</source>
        <translation>До %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the marked fields.</source>
        <translation>Ничего не изменено: исправьте отмеченные поля.</translation>
    </message>
    <message>
        <source>Saved, and changed in the running guest.</source>
        <translation>Сохранено и изменено в работающем госте.</translation>
    </message>
    <message>
        <source>Saved; the marked fields apply after a restart.</source>
        <translation>Сохранено; отмеченные поля вступят в силу после перезапуска.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Add &amp;feature</source>
        <translation>Добавить &amp;функцию</translation>
    </message>
    <message>
        <source>Add a CPU feature</source>
        <translation>Добавить функцию процессора</translation>
    </message>
    <message>
        <source>Remo&amp;ve feature</source>
        <translation>Удалить ф&amp;ункцию</translation>
    </message>
    <message>
        <source>Remove the selected CPU feature</source>
        <translation>Удалить выбранную функцию процессора</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>Функции процессора</translation>
    </message>
    <message>
        <source>Feat&amp;ures:</source>
        <translation>Фу&amp;нкции:</translation>
    </message>
    <message>
        <source>Pinning</source>
        <translation>Привязка</translation>
    </message>
    <message>
        <source>Which host CPUs each vCPU and the emulator&apos;s own threads may run on. A running guest is re-pinned at once.</source>
        <translation>На каких процессорах хоста могут работать каждый vCPU и собственные потоки эмулятора. Работающий гость перепривязывается сразу.</translation>
    </message>
    <message>
        <source>vCPU pinning</source>
        <translation>Привязка vCPU</translation>
    </message>
    <message>
        <source>Emulator pinning</source>
        <translation>Привязка эмулятора</translation>
    </message>
    <message>
        <source>Offered are the features this host knows. “Require” and “Disable” are the usual policies.</source>
        <translation>Предлагаются функции, известные этому хосту. Обычные правила — «Требовать» и «Отключить».</translation>
    </message>
    <message numerus="yes">
        <source>The hypervisor&apos;s default CPU takes no features: the %n feature(s) below go with this mode.</source>
        <translation>
            <numerusform>Процессор гипервизора по умолчанию не принимает функций: %n функция ниже относится к этому режиму.</numerusform>
            <numerusform>Процессор гипервизора по умолчанию не принимает функций: %n функции ниже относятся к этому режиму.</numerusform>
            <numerusform>Процессор гипервизора по умолчанию не принимает функций: %n функций ниже относятся к этому режиму.</numerusform>
        </translation>
    </message>
    <message>
        <source>Features are chosen with the host model or a named model.</source>
        <translation>Функции выбираются с моделью хоста или именованной моделью.</translation>
    </message>
    <message>
        <source>Features are chosen with the host model or a named model; these stay as they are.</source>
        <translation>Функции выбираются с моделью хоста или именованной моделью; эти остаются как есть.</translation>
    </message>
</context>
<context>
    <name>CpuPinningGrid</name>
    <message>
        <source>CPUs</source>
        <translation>Процессоры</translation>
    </message>
    <message>
        <source>CPU pinning</source>
        <translation>Привязка процессоров</translation>
    </message>
    <message>
        <source>Tick the host CPUs each vCPU may run on, or type them (for example 0-3,6). The last row is the emulator&apos;s own threads.</source>
        <translation>Отметьте процессоры хоста, на которых может работать каждый vCPU, или введите их (например, 0-3,6). Последняя строка — собственные потоки эмулятора.</translation>
    </message>
    <message>
        <source>Host CPU %1 (offline)</source>
        <translation>Процессор хоста %1 (отключён)</translation>
    </message>
    <message>
        <source>Host CPU %1</source>
        <translation>Процессор хоста %1</translation>
    </message>
    <message>
        <source>vCPU %1</source>
        <translation>vCPU %1</translation>
    </message>
    <message>
        <source>Emulator</source>
        <translation>Эмулятор</translation>
    </message>
    <message>
        <source>%1 runs on host CPUs</source>
        <translation>%1 работает на процессорах хоста</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>%1 on every host CPU</source>
        <translation>%1 на всех процессорах хоста</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ни одного</translation>
    </message>
    <message>
        <source>Clear the CPUs of %1</source>
        <translation>Снять процессоры %1</translation>
    </message>
    <message>
        <source>%1 on host CPU %2</source>
        <translation>%1 на процессоре хоста %2</translation>
    </message>
</context>
<context>
    <name>CpuSet</name>
    <message>
        <source>“%1” is not a list of numbers like 0-3,6 (each from 0 to %2).</source>
        <translation>«%1» — не список чисел вида 0-3,6 (каждое от 0 до %2).</translation>
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
    <name>DevicesPage</name>
    <message>
        <source>Storage</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Дисплей</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <source>Serial ports and consoles</source>
        <translation>Последовательные порты и консоли</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Shared folders</source>
        <translation>Общие папки</translation>
    </message>
    <message>
        <source>Host devices</source>
        <translation>Устройства хоста</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>Сторожевой таймер</translation>
    </message>
    <message>
        <source>Random numbers</source>
        <translation>Случайные числа</translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation>Контроллеры</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Add &amp;hardware…</source>
        <translation>Добавить &amp;оборудование…</translation>
    </message>
    <message>
        <source>Add hardware</source>
        <translation>Добавить оборудование</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>У&amp;далить…</translation>
    </message>
    <message>
        <source>Remove the device</source>
        <translation>Удалить устройство</translation>
    </message>
    <message>
        <source>Selected device</source>
        <translation>Выбранное устройство</translation>
    </message>
    <message>
        <source>Device state</source>
        <translation>Состояние устройства</translation>
    </message>
    <message>
        <source>Applies after restart</source>
        <translation>После перезапуска</translation>
    </message>
    <message>
        <source>&amp;Eject</source>
        <translation>&amp;Извлечь</translation>
    </message>
    <message>
        <source>Eject the media</source>
        <translation>Извлечь носитель</translation>
    </message>
    <message>
        <source>&amp;Insert…</source>
        <translation>&amp;Вставить…</translation>
    </message>
    <message>
        <source>Insert media</source>
        <translation>Вставить носитель</translation>
    </message>
    <message>
        <source>Connect or disconnect the network cable</source>
        <translation>Подключить или отключить сетевой кабель</translation>
    </message>
    <message>
        <source>Choose a device on the left.</source>
        <translation>Выберите устройство слева.</translation>
    </message>
    <message>
        <source>VirtDeck has no editor for this kind of device; its configuration is shown as it is. Change it on the XML page.</source>
        <translation>В VirtDeck нет редактора для такого устройства; его конфигурация показана как есть. Измените её на странице XML.</translation>
    </message>
    <message>
        <source>Device XML</source>
        <translation>XML устройства</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Apply device settings</source>
        <translation>Применить параметры устройства</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Revert device settings</source>
        <translation>Отменить параметры устройства</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Нет подключения.</translation>
    </message>
    <message>
        <source>%1 — applies after restart</source>
        <translation>%1 — после перезапуска</translation>
    </message>
    <message>
        <source>Waits for the next start: %1</source>
        <translation>Ждёт следующего запуска: %1</translation>
    </message>
    <message>
        <source>No device chosen</source>
        <translation>Устройство не выбрано</translation>
    </message>
    <message>
        <source>Loading devices…</source>
        <translation>Загрузка устройств…</translation>
    </message>
    <message>
        <source>The guest is off: changes apply when it starts.</source>
        <translation>Гость выключен: изменения вступят в силу при запуске.</translation>
    </message>
    <message>
        <source>In the running guest.</source>
        <translation>В работающем госте.</translation>
    </message>
    <message>
        <source>Not in the running guest yet.</source>
        <translation>В работающем госте пока нет.</translation>
    </message>
    <message>
        <source>Applies after restart: %1</source>
        <translation>После перезапуска: %1</translation>
    </message>
    <message>
        <source>Resizing the disk…</source>
        <translation>Изменение размера диска…</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the marked fields.</source>
        <translation>Ничего не изменено: исправьте отмеченные поля.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Применение…</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <source>Another change is still being made; try again in a moment.</source>
        <translation>Ещё выполняется другое изменение; попробуйте через мгновение.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>The host is not connected; nothing was changed.</source>
        <translation>Хост не подключён; ничего не изменено.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
    <message>
        <source>Saved, but: %1</source>
        <translation>Сохранено, но: %1</translation>
    </message>
    <message>
        <source>Saved; applies after the guest restarts. %1</source>
        <translation>Сохранено; вступит в силу после перезапуска гостя. %1</translation>
    </message>
    <message>
        <source>Done, in the running guest too.</source>
        <translation>Готово, и в работающем госте тоже.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Nothing needed changing.</source>
        <translation>Изменять было нечего.</translation>
    </message>
    <message>
        <source>Nothing is deleted from storage.</source>
        <translation>С хранилища ничего не удаляется.</translation>
    </message>
    <message>
        <source>The image %1 is kept; nothing is deleted from storage.</source>
        <translation>Образ %1 сохраняется; с хранилища ничего не удаляется.</translation>
    </message>
    <message>
        <source>The running guest lets go of it now if it can; otherwise it goes at the next start.</source>
        <translation>Работающий гость отпустит его сейчас, если сможет; иначе оно исчезнет при следующем запуске.</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>Удаление устройства</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>Удалить %1 из %2?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Удаление…</translation>
    </message>
    <message>
        <source>Image to insert into %1 (a path on the host):</source>
        <translation>Образ для вставки в %1 (путь на хосте):</translation>
    </message>
    <message>
        <source>Choose an image to insert.</source>
        <translation>Выберите образ для вставки.</translation>
    </message>
    <message>
        <source>Inserting the media…</source>
        <translation>Вставка носителя…</translation>
    </message>
    <message>
        <source>Ejecting the media…</source>
        <translation>Извлечение носителя…</translation>
    </message>
    <message>
        <source>Connecting the cable…</source>
        <translation>Подключение кабеля…</translation>
    </message>
    <message>
        <source>Disconnecting the cable…</source>
        <translation>Отключение кабеля…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Добавление…</translation>
    </message>
    <message>
        <source>Nothing was added: correct the marked fields.</source>
        <translation>Ничего не добавлено: исправьте отмеченные поля.</translation>
    </message>
    <message>
        <source>&amp;Connect cable</source>
        <translation>&amp;Подключить кабель</translation>
    </message>
    <message>
        <source>&amp;Disconnect cable</source>
        <translation>&amp;Отключить кабель</translation>
    </message>
</context>
<context>
    <name>DiskEditor</name>
    <message>
        <source>Image source</source>
        <translation>Источник образа</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>Пул хранения</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Том</translation>
    </message>
    <message>
        <source>Image path</source>
        <translation>Путь к образу</translation>
    </message>
    <message>
        <source>/var/lib/libvirt/images/disk.qcow2</source>
        <translation>/var/lib/libvirt/images/disk.qcow2</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Browse for an image</source>
        <translation>Выбрать образ</translation>
    </message>
    <message>
        <source>Pool of the new volume</source>
        <translation>Пул для нового тома</translation>
    </message>
    <message>
        <source>Name of the new volume</source>
        <translation>Имя нового тома</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> ГиБ</translation>
    </message>
    <message>
        <source>Size of the new volume in GiB</source>
        <translation>Размер нового тома в ГиБ</translation>
    </message>
    <message>
        <source>No media in the drive.</source>
        <translation>В приводе нет носителя.</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Шина</translation>
    </message>
    <message>
        <source>VirtIO (fastest)</source>
        <translation>VirtIO (быстрее всего)</translation>
    </message>
    <message>
        <source>SATA</source>
        <translation>SATA</translation>
    </message>
    <message>
        <source>SCSI</source>
        <translation>SCSI</translation>
    </message>
    <message>
        <source>IDE</source>
        <translation>IDE</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Floppy controller</source>
        <translation>Контроллер дисковода</translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation>&amp;Шина:</translation>
    </message>
    <message>
        <source>Target name in the guest</source>
        <translation>Имя устройства в госте</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>Cache mode</source>
        <translation>Режим кэша</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>По умолчанию гипервизора</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>&amp;Кэш:</translation>
    </message>
    <message>
        <source>I/O mode</source>
        <translation>Режим ввода-вывода</translation>
    </message>
    <message>
        <source>&amp;I/O mode:</source>
        <translation>Режим &amp;ввода-вывода:</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Pass to the image (unmap)</source>
        <translation>Передавать образу (unmap)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Игнорировать</translation>
    </message>
    <message>
        <source>&amp;Discard:</source>
        <translation>&amp;Discard:</translation>
    </message>
    <message>
        <source>Read-&amp;only</source>
        <translation>Только для &amp;чтения</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только для чтения</translation>
    </message>
    <message>
        <source>Disk size in GiB</source>
        <translation>Размер диска в ГиБ</translation>
    </message>
    <message>
        <source>Re&amp;size</source>
        <translation>Изменить &amp;размер</translation>
    </message>
    <message>
        <source>Resize the disk</source>
        <translation>Изменить размер диска</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Р&amp;азмер:</translation>
    </message>
    <message>
        <source>Disks only grow: shrinking would cut off data. Resize acts at once, also in a running guest.</source>
        <translation>Диски только растут: уменьшение отрезало бы данные. Изменение размера действует сразу, и в работающем госте тоже.</translation>
    </message>
    <message>
        <source>New volume</source>
        <translation>Новый том</translation>
    </message>
    <message>
        <source>Empty drive</source>
        <translation>Пустой привод</translation>
    </message>
    <message>
        <source>Existing volume</source>
        <translation>Существующий том</translation>
    </message>
    <message>
        <source>File or device path</source>
        <translation>Путь к файлу или устройству</translation>
    </message>
    <message>
        <source>Choose a disk image</source>
        <translation>Выберите образ диска</translation>
    </message>
    <message>
        <source>%1 GiB free</source>
        <translation>Свободно %1 ГиБ</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>Без изменений (%1)</translation>
    </message>
    <message>
        <source>This %1 disk&apos;s source is kept as it is; change it on the XML page.</source>
        <translation>Источник этого диска (%1) остаётся как есть; измените его на странице XML.</translation>
    </message>
    <message>
        <source>The size is not known; Resize needs it.</source>
        <translation>Размер неизвестен, а он нужен для изменения размера.</translation>
    </message>
</context>
<context>
    <name>DomainConfig</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>line 1, column 1: the root element is &lt;%1&gt;, not &lt;domain&gt;</source>
        <translation>строка 1, столбец 1: корневой элемент &lt;%1&gt;, а не &lt;domain&gt;</translation>
    </message>
</context>
<context>
    <name>DomainDefinition</name>
    <message>
        <source>The configuration was not changed</source>
        <translation>Конфигурация не изменена</translation>
    </message>
    <message>
        <source>Reading the configuration</source>
        <translation>Чтение конфигурации</translation>
    </message>
    <message>
        <source>The XML is not well-formed at line %1, column %2: %3</source>
        <translation>XML составлен неверно в строке %1, столбце %2: %3</translation>
    </message>
    <message>
        <source>Fix the text, or press Revert to start again.</source>
        <translation>Исправьте текст или нажмите «Отменить», чтобы начать заново.</translation>
    </message>
    <message>
        <source>A guest&apos;s configuration starts with &lt;domain&gt;, not &lt;%1&gt;.</source>
        <translation>Конфигурация гостя начинается с &lt;domain&gt;, а не с &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The UUID was changed to %1; this page edits the guest %2.</source>
        <translation>UUID изменён на %1; эта страница редактирует гостя %2.</translation>
    </message>
    <message>
        <source>Use Clone to make a new guest.</source>
        <translation>Чтобы сделать нового гостя, используйте клонирование.</translation>
    </message>
    <message>
        <source>Saving the configuration</source>
        <translation>Сохранение конфигурации</translation>
    </message>
    <message>
        <source>The name cannot be changed here (from %1 to %2).</source>
        <translation>Имя нельзя изменить здесь (с %1 на %2).</translation>
    </message>
    <message>
        <source>Rename the guest from the Overview page.</source>
        <translation>Переименуйте гостя на странице «Обзор».</translation>
    </message>
</context>
<context>
    <name>DomainGroupProxy</name>
    <message>
        <source>Unknown OS</source>
        <translation>Неизвестная ОС</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Без меток</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n guest(s)</source>
        <translation>
            <numerusform>%1: %n гость</numerusform>
            <numerusform>%1: %n гостя</numerusform>
            <numerusform>%1: %n гостей</numerusform>
        </translation>
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
    <message>
        <source>Tags: %1</source>
        <translation>Метки: %1</translation>
    </message>
    <message>
        <source>Operating system: %1</source>
        <translation>Операционная система: %1</translation>
    </message>
</context>
<context>
    <name>DomainXmlBuilder</name>
    <message>
        <source>Enter a name.</source>
        <translation>Введите имя.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most 64 are allowed.</source>
        <translation>Длина имени — %1 символов; допускается не более 64.</translation>
    </message>
    <message>
        <source>“%1” cannot be used in a name: use letters a–z, digits and . _ + -</source>
        <translation>«%1» нельзя использовать в имени: используйте латинские буквы a–z, цифры и . _ + -</translation>
    </message>
    <message>
        <source>space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <source>The name cannot start with “%1”.</source>
        <translation>Имя не может начинаться с «%1».</translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message>
        <source>Downloading %1: %2 of %3</source>
        <translation>Загрузка %1: %2 из %3</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>Загрузка %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>%1 does not exist on the server (404).</source>
        <translation>%1 нет на сервере (404).</translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation>Не удалось загрузить %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>Файл %1 пуст.</translation>
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
    <name>FilesystemEditor</name>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Драйвер:</translation>
    </message>
    <message>
        <source>virtiofs (fast; needs shared memory)</source>
        <translation>virtiofs (быстрый; нужна общая память)</translation>
    </message>
    <message>
        <source>9p (slower; works everywhere)</source>
        <translation>9p (медленнее; работает везде)</translation>
    </message>
    <message>
        <source>&amp;Host folder:</source>
        <translation>Папка &amp;хоста:</translation>
    </message>
    <message>
        <source>&amp;Mount point:</source>
        <translation>&amp;Точка монтирования:</translation>
    </message>
    <message>
        <source>&amp;Mount tag:</source>
        <translation>&amp;Метка монтирования:</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>Только для &amp;чтения</translation>
    </message>
    <message>
        <source>Choose the folder on the host to share.</source>
        <translation>Выберите папку на хосте для общего доступа.</translation>
    </message>
    <message>
        <source>Enter an absolute path, starting with “/”, such as /srv/share.</source>
        <translation>Введите абсолютный путь, начинающийся с «/», например /srv/share.</translation>
    </message>
    <message>
        <source>Enter where the folder appears inside the container, as an absolute path such as /mnt/share.</source>
        <translation>Введите, где папка появится внутри контейнера, абсолютным путём, например /mnt/share.</translation>
    </message>
    <message>
        <source>Enter a mount tag: the name the guest mounts the share by (mount -t virtiofs TAG /mnt).</source>
        <translation>Введите метку монтирования: имя, по которому гость монтирует папку (mount -t virtiofs МЕТКА /mnt).</translation>
    </message>
    <message>
        <source>The mount tag cannot contain spaces.</source>
        <translation>Метка монтирования не может содержать пробелы.</translation>
    </message>
    <message>
        <source>The mount tag can be at most %1 characters long.</source>
        <translation>Метка монтирования может быть не длиннее %1 символов.</translation>
    </message>
    <message>
        <source>virtiofs needs the guest&apos;s memory to be shared with the host: turn on shared memory on the Memory page if it is not on yet, or the guest will not start.</source>
        <translation>virtiofs требует, чтобы память гостя была общей с хостом: включите общую память на странице «Память», иначе гость не запустится.</translation>
    </message>
    <message>
        <source>Many libvirt versions refuse read-only virtiofs shares. If saving fails, share read-write and mount it read-only in the guest.</source>
        <translation>Многие версии libvirt не принимают общие папки virtiofs только для чтения. Если сохранить не удаётся, дайте доступ на запись и смонтируйте папку только для чтения в госте.</translation>
    </message>
</context>
<context>
    <name>FormDeviceEditor</name>
    <message>
        <source>%1: message</source>
        <translation>%1: сообщение</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
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
    <name>GraphicsEditor</name>
    <message>
        <source>&amp;Display protocol:</source>
        <translation>&amp;Протокол дисплея:</translation>
    </message>
    <message>
        <source>VNC</source>
        <translation>VNC</translation>
    </message>
    <message>
        <source>SPICE</source>
        <translation>SPICE</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Слушать:</translation>
    </message>
    <message>
        <source>A network address</source>
        <translation>Сетевой адрес</translation>
    </message>
    <message>
        <source>A local socket only</source>
        <translation>Только локальный сокет</translation>
    </message>
    <message>
        <source>Nothing (no remote display)</source>
        <translation>Ничего (без удалённого дисплея)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>This host only</source>
        <translation>Только этот хост</translation>
    </message>
    <message>
        <source>All addresses of this host</source>
        <translation>Все адреса этого хоста</translation>
    </message>
    <message>
        <source>Host default (usually 127.0.0.1)</source>
        <translation>По умолчанию хоста (обычно 127.0.0.1)</translation>
    </message>
    <message>
        <source>Choose a free &amp;port automatically</source>
        <translation>Выбирать свободный &amp;порт автоматически</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Без пароля</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Показать пароль</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Image compression:</source>
        <translation>&amp;Сжатие изображения:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Automatic (GLZ)</source>
        <translation>Автоматически (GLZ)</translation>
    </message>
    <message>
        <source>Automatic (LZ)</source>
        <translation>Автоматически (LZ)</translation>
    </message>
    <message>
        <source>QUIC</source>
        <translation>QUIC</translation>
    </message>
    <message>
        <source>GLZ</source>
        <translation>GLZ</translation>
    </message>
    <message>
        <source>LZ</source>
        <translation>LZ</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <source>Virtual network %1</source>
        <translation>Виртуальная сеть %1</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Enter one such as 127.0.0.1 (this host only) or 0.0.0.0 (all addresses).</source>
        <translation>«%1» — не IP-адрес. Введите, например, 127.0.0.1 (только этот хост) или 0.0.0.0 (все адреса).</translation>
    </message>
    <message>
        <source>Choose a port from %1 to 65535, or let the host choose one.</source>
        <translation>Выберите порт от %1 до 65535 или позвольте хосту выбрать его.</translation>
    </message>
    <message>
        <source>VNC passwords can be at most %1 characters long: QEMU would ignore the rest.</source>
        <translation>Пароль VNC может быть не длиннее %1 символов: остальное QEMU проигнорирует.</translation>
    </message>
    <message>
        <source>Anyone who can reach this host can see and control the guest. Set a password, or listen on 127.0.0.1 only.</source>
        <translation>Любой, кто может достучаться до этого хоста, увидит гостя и сможет им управлять. Задайте пароль или слушайте только 127.0.0.1.</translation>
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
    <name>GuestBoot</name>
    <message>
        <source>CD/DVD drive</source>
        <translation>Привод CD/DVD</translation>
    </message>
    <message>
        <source>Floppy drive</source>
        <translation>Дисковод</translation>
    </message>
    <message>
        <source>SCSI LUN</source>
        <translation>SCSI LUN</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Network card %1 — %2</source>
        <translation>Сетевая карта %1 — %2</translation>
    </message>
    <message>
        <source>(no MAC yet)</source>
        <translation>(MAC ещё нет)</translation>
    </message>
    <message>
        <source>Host PCI device %1</source>
        <translation>PCI-устройство хоста %1</translation>
    </message>
    <message>
        <source>Host USB device %1</source>
        <translation>USB-устройство хоста %1</translation>
    </message>
    <message>
        <source>Host device (%1)</source>
        <translation>Устройство хоста (%1)</translation>
    </message>
    <message>
        <source>Redirected USB device (%1)</source>
        <translation>Перенаправленное USB-устройство (%1)</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>UEFI (%1)</source>
        <translation>UEFI (%1)</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>BIOS (%1)</source>
        <translation>BIOS (%1)</translation>
    </message>
    <message>
        <source>The configuration cannot be read</source>
        <translation>Не удаётся прочитать конфигурацию</translation>
    </message>
    <message>
        <source>Reading the boot settings</source>
        <translation>Чтение параметров загрузки</translation>
    </message>
    <message>
        <source>Reading the running guest&apos;s boot settings</source>
        <translation>Чтение параметров загрузки работающего гостя</translation>
    </message>
    <message>
        <source>Boot order</source>
        <translation>Порядок загрузки</translation>
    </message>
    <message>
        <source>Boot menu</source>
        <translation>Меню загрузки</translation>
    </message>
    <message>
        <source>Boot menu timeout</source>
        <translation>Время ожидания меню загрузки</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Ядро</translation>
    </message>
    <message>
        <source>Initial ramdisk</source>
        <translation>Начальный RAM-диск</translation>
    </message>
    <message>
        <source>Kernel command line</source>
        <translation>Командная строка ядра</translation>
    </message>
    <message>
        <source>Device tree</source>
        <translation>Дерево устройств</translation>
    </message>
    <message>
        <source>Hard disk</source>
        <translation>Жёсткий диск</translation>
    </message>
    <message>
        <source>CD/DVD</source>
        <translation>CD/DVD</translation>
    </message>
    <message>
        <source>Network (PXE)</source>
        <translation>Сеть (PXE)</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>Дисковод</translation>
    </message>
    <message>
        <source>Tick at least one kind of device to boot from.</source>
        <translation>Отметьте хотя бы один тип устройства для загрузки.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of boot device.</source>
        <translation>«%1» — не тип загрузочного устройства.</translation>
    </message>
    <message>
        <source>Tick at least one device to boot from.</source>
        <translation>Отметьте хотя бы одно устройство для загрузки.</translation>
    </message>
    <message>
        <source>At most %1 ms (about a minute).</source>
        <translation>Не более %1 мс (около минуты).</translation>
    </message>
    <message>
        <source>Give the full path on the guest&apos;s host, starting with /.</source>
        <translation>Укажите полный путь на хосте гостя, начинающийся с /.</translation>
    </message>
    <message>
        <source>An initial ramdisk is only used together with a kernel: give the kernel too, or clear this field.</source>
        <translation>Начальный RAM-диск используется только вместе с ядром: укажите и ядро или очистите это поле.</translation>
    </message>
    <message>
        <source>A command line is only used together with a kernel: give the kernel too, or clear this field.</source>
        <translation>Командная строка используется только вместе с ядром: укажите и ядро или очистите это поле.</translation>
    </message>
    <message>
        <source>A device tree is only used together with a kernel: give the kernel too, or clear this field.</source>
        <translation>Дерево устройств используется только вместе с ядром: укажите и ядро или очистите это поле.</translation>
    </message>
    <message>
        <source>There is no such file on this host.</source>
        <translation>На этом хосте нет такого файла.</translation>
    </message>
    <message>
        <source>This is a folder; give the file in it.</source>
        <translation>Это папка; укажите файл в ней.</translation>
    </message>
    <message>
        <source>This file cannot be read; check its permissions.</source>
        <translation>Этот файл нельзя прочитать; проверьте права доступа.</translation>
    </message>
    <message>
        <source>The configuration was not changed</source>
        <translation>Конфигурация не изменена</translation>
    </message>
    <message>
        <source>A container starts its init program; it has no boot settings.</source>
        <translation>Контейнер запускает свою программу init; параметров загрузки у него нет.</translation>
    </message>
    <message>
        <source>A device in the list is no longer in the guest; press Revert and order again.</source>
        <translation>Устройства из списка больше нет в госте; нажмите «Отменить» и задайте порядок снова.</translation>
    </message>
</context>
<context>
    <name>GuestCloner</name>
    <message>
        <source>%1 cannot be cloned</source>
        <translation>Невозможно клонировать %1</translation>
    </message>
    <message>
        <source>Looking up the guest to clone</source>
        <translation>Поиск гостя для клонирования</translation>
    </message>
    <message>
        <source>The name cannot be used</source>
        <translation>Это имя нельзя использовать</translation>
    </message>
    <message>
        <source>The name is taken</source>
        <translation>Имя занято</translation>
    </message>
    <message>
        <source>A guest named %1 already exists on this host.</source>
        <translation>На этом хосте уже есть гость с именем %1.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Выберите другое имя.</translation>
    </message>
    <message>
        <source>%1 is paused.</source>
        <translation>%1 приостановлен.</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 работает.</translation>
    </message>
    <message>
        <source>A linked clone reads %1&apos;s disks as its unchanging base, so they must not be in use while it is made, and must never change afterwards.</source>
        <translation>Связанный клон использует диски %1 как неизменные базовые, поэтому они не должны использоваться во время его создания и не должны меняться впоследствии.</translation>
    </message>
    <message>
        <source>A copy of disks that are in use would catch them half-written, so VirtDeck copies only guests that are shut off.</source>
        <translation>Используемые диски скопировались бы недописанными, поэтому VirtDeck копирует только выключенных гостей.</translation>
    </message>
    <message>
        <source>Shut down %1 first</source>
        <translation>Сначала выключите %1</translation>
    </message>
    <message>
        <source>Shut %1 down, then clone it.</source>
        <translation>Выключите %1, затем клонируйте его.</translation>
    </message>
    <message>
        <source>%1 has a saved state: its disks belong to a memory image that the clone would not have, and the clone&apos;s file systems would be damaged.</source>
        <translation>У %1 есть сохранённое состояние: его диски связаны с образом памяти, которого у клона не будет, и файловые системы клона были бы повреждены.</translation>
    </message>
    <message>
        <source>Start %1 and shut it down properly, or discard its saved state.</source>
        <translation>Запустите %1 и корректно завершите его работу или сбросьте его сохранённое состояние.</translation>
    </message>
    <message>
        <source>Reading the configuration of %1</source>
        <translation>Чтение конфигурации %1</translation>
    </message>
    <message>
        <source>Its configuration could not be read.</source>
        <translation>Не удалось прочитать его конфигурацию.</translation>
    </message>
    <message>
        <source>Looking up the storage pool %1</source>
        <translation>Поиск пула хранения %1</translation>
    </message>
    <message>
        <source>The storage pool is not active</source>
        <translation>Пул хранения не активен</translation>
    </message>
    <message>
        <source>The storage pool %1 is not active, so no volume can be made in it.</source>
        <translation>Пул хранения %1 не активен, поэтому в нём нельзя создать том.</translation>
    </message>
    <message>
        <source>Start the pool, or choose another one.</source>
        <translation>Запустите пул или выберите другой.</translation>
    </message>
    <message>
        <source>The clone uses the same media in %1 as %2.</source>
        <translation>Клон использует в %1 тот же носитель, что и %2.</translation>
    </message>
    <message>
        <source>Disk %1 is read-only; the clone shares it with %2.</source>
        <translation>Диск %1 доступен только для чтения; клон использует его совместно с %2.</translation>
    </message>
    <message>
        <source>Disk %1 is shareable; the clone shares it with %2.</source>
        <translation>Диск %1 помечен как общий; клон использует его совместно с %2.</translation>
    </message>
    <message>
        <source>Disk %1 is a %2 disk; VirtDeck can copy only disks that are volumes in a storage pool.</source>
        <translation>Диск %1 имеет тип %2; VirtDeck может копировать только диски, которые являются томами пула хранения.</translation>
    </message>
    <message>
        <source>Remove the disk from %1, or mark it shareable, then clone.</source>
        <translation>Удалите диск из %1 или пометьте его как общий, затем выполните клонирование.</translation>
    </message>
    <message>
        <source>Disk %1 (%2) is not in a storage pool, so libvirt cannot copy it.</source>
        <translation>Диск %1 (%2) не находится в пуле хранения, поэтому libvirt не может его скопировать.</translation>
    </message>
    <message>
        <source>Add the disk&apos;s folder as a storage pool, or remove the disk from %1, then clone.</source>
        <translation>Добавьте папку диска как пул хранения или удалите диск из %1, затем выполните клонирование.</translation>
    </message>
    <message>
        <source>Finding the storage pool of %1</source>
        <translation>Поиск пула хранения для %1</translation>
    </message>
    <message>
        <source>A linked clone&apos;s disks are qcow2 files, and the storage pool %1 (%2) cannot hold files.</source>
        <translation>Диски связанного клона — это файлы qcow2, а пул хранения %1 (%2) не может содержать файлы.</translation>
    </message>
    <message>
        <source>Choose a folder pool for the clone, or make a full clone.</source>
        <translation>Выберите для клона пул хранения на основе папки или создайте полную копию.</translation>
    </message>
    <message>
        <source>Not enough free space</source>
        <translation>Недостаточно свободного места</translation>
    </message>
    <message>
        <source>Copying the disks of %1 needs about %2, but the storage pool %3 has %4 free.</source>
        <translation>Для копирования дисков %1 нужно около %2, а в пуле хранения %3 свободно %4.</translation>
    </message>
    <message>
        <source>Free some space, choose another pool, or make a linked clone.</source>
        <translation>Освободите место, выберите другой пул или создайте связанный клон.</translation>
    </message>
    <message>
        <source>Linked clones read %1&apos;s disks as their base: keep %1 shut off, or its clones&apos; disks break.</source>
        <translation>Связанные клоны используют диски %1 как базовые: держите %1 выключенным, иначе диски клонов будут повреждены.</translation>
    </message>
    <message>
        <source>The clone starts with fresh UEFI variables made from the firmware&apos;s template; boot entries are recreated on its first boot.</source>
        <translation>Клон получит новые переменные UEFI, созданные из шаблона прошивки; загрузочные записи будут созданы заново при его первой загрузке.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Имя не указано.</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>Подготовка %1…</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Создано: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Cloning %1 was cancelled.</source>
        <translation>Клонирование %1 отменено.</translation>
    </message>
    <message>
        <source>Undoing what was made…</source>
        <translation>Отмена сделанных изменений…</translation>
    </message>
    <message>
        <source>Reading the path of the new disk</source>
        <translation>Получение пути к новому диску</translation>
    </message>
    <message>
        <source>Creating linked disk %1…</source>
        <translation>Создание связанного диска %1…</translation>
    </message>
    <message>
        <source>Creating the linked disk %1</source>
        <translation>Создание связанного диска %1</translation>
    </message>
    <message>
        <source>Created linked disk %1 on %2</source>
        <translation>Создан связанный диск %1 на основе %2</translation>
    </message>
    <message>
        <source>Copying disk %1 of %2</source>
        <translation>Копирование диска %1 гостя %2</translation>
    </message>
    <message>
        <source>Copying disk %1 to %2 (%3)…</source>
        <translation>Копирование диска %1 в %2 (%3)…</translation>
    </message>
    <message>
        <source>Cancelling: libvirt cannot interrupt the copy of %1; it is deleted as soon as it ends.</source>
        <translation>Отмена: libvirt не может прервать копирование %1; копия будет удалена сразу после завершения.</translation>
    </message>
    <message>
        <source>Copying disk %1 to %2: %3 of %4</source>
        <translation>Копирование диска %1 в %2: %3 из %4</translation>
    </message>
    <message>
        <source>Copied disk %1 to %2</source>
        <translation>Диск %1 скопирован в %2</translation>
    </message>
    <message>
        <source>Defining %1…</source>
        <translation>Определение %1…</translation>
    </message>
    <message>
        <source>The configuration could not be copied</source>
        <translation>Не удалось скопировать конфигурацию</translation>
    </message>
    <message>
        <source>The configuration of %1 could not be read as XML.</source>
        <translation>Не удалось прочитать конфигурацию %1 как XML.</translation>
    </message>
    <message>
        <source>Defining %1</source>
        <translation>Определение %1</translation>
    </message>
    <message>
        <source>Defined %1</source>
        <translation>Определено: %1</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Запуск %1…</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>Запуск %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Запущено: %1</translation>
    </message>
</context>
<context>
    <name>GuestCpuPinning</name>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>Emulator threads</source>
        <translation>Потоки эмулятора</translation>
    </message>
    <message>
        <source>vCPU %1</source>
        <translation>vCPU %1</translation>
    </message>
    <message>
        <source>The configuration cannot be read</source>
        <translation>Не удаётся прочитать конфигурацию</translation>
    </message>
    <message>
        <source>Reading the CPU pinning</source>
        <translation>Чтение привязки процессоров</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 must be allowed at least one host CPU.</source>
        <translation>%1 должен иметь хотя бы один разрешённый процессор хоста.</translation>
    </message>
    <message>
        <source>%1: this host has no CPU %2 (it has CPUs 0–%3).</source>
        <translation>%1: у этого хоста нет процессора %2 (есть процессоры 0–%3).</translation>
    </message>
    <message>
        <source>Changing the CPU pinning</source>
        <translation>Изменение привязки процессоров</translation>
    </message>
    <message>
        <source>Not changed in the running guest: %1</source>
        <translation>Не изменено в работающем госте: %1</translation>
    </message>
</context>
<context>
    <name>GuestCreator</name>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Creating %1 was cancelled.</source>
        <translation>Создание %1 отменено.</translation>
    </message>
    <message>
        <source>Undoing what was made…</source>
        <translation>Отмена сделанных изменений…</translation>
    </message>
    <message>
        <source>The name cannot be used</source>
        <translation>Это имя нельзя использовать</translation>
    </message>
    <message>
        <source>The name is taken</source>
        <translation>Имя занято</translation>
    </message>
    <message>
        <source>A guest named %1 already exists on this host.</source>
        <translation>На этом хосте уже есть гость с именем %1.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Выберите другое имя.</translation>
    </message>
    <message>
        <source>Creating the disk of %1</source>
        <translation>Создание диска для %1</translation>
    </message>
    <message>
        <source>Creating disk %1 (%2)…</source>
        <translation>Создание диска %1 (%2)…</translation>
    </message>
    <message>
        <source>The disk name is taken</source>
        <translation>Имя диска занято</translation>
    </message>
    <message>
        <source>The storage pool %1 already holds a volume named %2; VirtDeck leaves it alone.</source>
        <translation>В пуле хранения %1 уже есть том с именем %2; VirtDeck не будет его трогать.</translation>
    </message>
    <message>
        <source>Choose another name for the guest or its disk.</source>
        <translation>Выберите другое имя для гостя или его диска.</translation>
    </message>
    <message>
        <source>Created disk %1</source>
        <translation>Создан диск %1</translation>
    </message>
    <message>
        <source>Fetching the installer of %1</source>
        <translation>Получение установщика %1</translation>
    </message>
    <message>
        <source>The installer cannot be found</source>
        <translation>Установщик не найден</translation>
    </message>
    <message>
        <source>VirtDeck does not know where the installer&apos;s kernel is in this tree.</source>
        <translation>VirtDeck не знает, где в этом дереве находится ядро установщика.</translation>
    </message>
    <message>
        <source>Use the install disc (ISO) instead.</source>
        <translation>Используйте вместо этого установочный диск (ISO).</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <source>The installer could not be downloaded</source>
        <translation>Не удалось загрузить установщик</translation>
    </message>
    <message>
        <source>Check the address of the install tree.</source>
        <translation>Проверьте адрес дерева установки.</translation>
    </message>
    <message>
        <source>Downloaded %1 (%2)</source>
        <translation>Загружено: %1 (%2)</translation>
    </message>
    <message>
        <source>Stored it as %1</source>
        <translation>Сохранено как %1</translation>
    </message>
    <message>
        <source>Defining %1</source>
        <translation>Определение %1</translation>
    </message>
    <message>
        <source>The installer&apos;s kernel and initrd stay in the pool %1 until you delete them (%2, %3).</source>
        <translation>Ядро и initrd установщика останутся в пуле %1, пока вы их не удалите (%2, %3).</translation>
    </message>
    <message>
        <source>Creating the storage pool “default” in %1</source>
        <translation>Создание пула хранения «default» в %1</translation>
    </message>
    <message>
        <source>Defining %1…</source>
        <translation>Определение %1…</translation>
    </message>
    <message>
        <source>Defined %1</source>
        <translation>Определено: %1</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Запуск %1…</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>Запуск %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Запущено: %1</translation>
    </message>
</context>
<context>
    <name>GuestDevices</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 ГиБ</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>device type</source>
        <translation>тип устройства</translation>
    </message>
    <message>
        <source>media</source>
        <translation>носитель</translation>
    </message>
    <message>
        <source>image</source>
        <translation>образ</translation>
    </message>
    <message>
        <source>bus</source>
        <translation>шина</translation>
    </message>
    <message>
        <source>target name</source>
        <translation>имя устройства</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>cache mode</source>
        <translation>режим кэша</translation>
    </message>
    <message>
        <source>I/O mode</source>
        <translation>режим ввода-вывода</translation>
    </message>
    <message>
        <source>discard</source>
        <translation>discard</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>только для чтения</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>подключение</translation>
    </message>
    <message>
        <source>model</source>
        <translation>модель</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-адрес</translation>
    </message>
    <message>
        <source>link state</source>
        <translation>состояние канала</translation>
    </message>
    <message>
        <source>The configuration cannot be read</source>
        <translation>Не удаётся прочитать конфигурацию</translation>
    </message>
    <message>
        <source>The device was changed elsewhere</source>
        <translation>Устройство изменено в другом месте</translation>
    </message>
    <message>
        <source>The guest&apos;s configuration changed since the page was loaded; nothing was done.</source>
        <translation>Конфигурация гостя изменилась после загрузки страницы; ничего не сделано.</translation>
    </message>
    <message>
        <source>Look at the device again and repeat the change.</source>
        <translation>Посмотрите на устройство ещё раз и повторите изменение.</translation>
    </message>
    <message>
        <source>The device is not valid</source>
        <translation>Устройство недопустимо</translation>
    </message>
    <message>
        <source>The running guest cannot take it now (%1); it applies at the next start.</source>
        <translation>Работающий гость не может принять это сейчас (%1); вступит в силу при следующем запуске.</translation>
    </message>
    <message>
        <source>A running guest cannot change the %1 of this device; it applies at the next start.</source>
        <translation>Работающий гость не может изменить у этого устройства: %1; вступит в силу при следующем запуске.</translation>
    </message>
    <message>
        <source>CD-ROM %1</source>
        <translation>CD-ROM %1</translation>
    </message>
    <message>
        <source>Floppy %1</source>
        <translation>Дисковод %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>LUN %1</source>
        <translation>LUN %1</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>Диск %1</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>сеть %1</translation>
    </message>
    <message>
        <source>bridge %1</source>
        <translation>мост %1</translation>
    </message>
    <message>
        <source>direct %1</source>
        <translation>direct %1</translation>
    </message>
    <message>
        <source>user networking</source>
        <translation>пользовательская сеть</translation>
    </message>
    <message>
        <source>NIC</source>
        <translation>Сетевая карта</translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation>Сетевая карта %1</translation>
    </message>
    <message>
        <source>Display %1</source>
        <translation>Дисплей %1</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <source>Audio backend</source>
        <translation>Звуковой бэкенд</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Планшет</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Мышь</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <source>Input device</source>
        <translation>Устройство ввода</translation>
    </message>
    <message>
        <source>Serial port %1</source>
        <translation>Последовательный порт %1</translation>
    </message>
    <message>
        <source>Parallel port %1</source>
        <translation>Параллельный порт %1</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Консоль</translation>
    </message>
    <message>
        <source>Guest agent channel</source>
        <translation>Канал гостевого агента</translation>
    </message>
    <message>
        <source>SPICE agent channel</source>
        <translation>Канал агента SPICE</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Канал %1</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Shared folder %1</source>
        <translation>Общая папка %1</translation>
    </message>
    <message>
        <source>PCI host device %1</source>
        <translation>PCI-устройство хоста %1</translation>
    </message>
    <message>
        <source>USB host device %1</source>
        <translation>USB-устройство хоста %1</translation>
    </message>
    <message>
        <source>USB host device</source>
        <translation>USB-устройство хоста</translation>
    </message>
    <message>
        <source>bus %1, device %2</source>
        <translation>шина %1, устройство %2</translation>
    </message>
    <message>
        <source>Host device</source>
        <translation>Устройство хоста</translation>
    </message>
    <message>
        <source>USB redirection</source>
        <translation>Перенаправление USB</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>Сторожевой таймер</translation>
    </message>
    <message>
        <source>Random number generator</source>
        <translation>Генератор случайных чисел</translation>
    </message>
    <message>
        <source>Controller %1 %2</source>
        <translation>Контроллер %1 %2</translation>
    </message>
    <message>
        <source>Memory balloon</source>
        <translation>Balloon памяти</translation>
    </message>
    <message>
        <source>Smartcard</source>
        <translation>Смарт-карта</translation>
    </message>
    <message>
        <source>USB hub</source>
        <translation>USB-концентратор</translation>
    </message>
    <message>
        <source>Panic notifier</source>
        <translation>Уведомитель о панике</translation>
    </message>
    <message>
        <source>Memory module</source>
        <translation>Модуль памяти</translation>
    </message>
    <message>
        <source>IOMMU</source>
        <translation>IOMMU</translation>
    </message>
    <message>
        <source>VM socket (vsock)</source>
        <translation>Сокет ВМ (vsock)</translation>
    </message>
    <message>
        <source>Shared memory %1</source>
        <translation>Общая память %1</translation>
    </message>
    <message>
        <source>Lease %1</source>
        <translation>Аренда %1</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>The configuration is not well-formed XML.</source>
        <translation>Конфигурация — не корректный XML.</translation>
    </message>
    <message>
        <source>new device</source>
        <translation>новое устройство</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: removal</source>
        <translation>%1: удаление</translation>
    </message>
    <message>
        <source>Reading the guest&apos;s devices</source>
        <translation>Чтение устройств гостя</translation>
    </message>
    <message>
        <source>Not a MAC address: six pairs of hexadecimal digits separated by colons, like 52:54:00:12:34:56.</source>
        <translation>Это не MAC-адрес: шесть пар шестнадцатеричных цифр через двоеточие, например 52:54:00:12:34:56.</translation>
    </message>
    <message>
        <source>An address of zeros cannot identify a network card.</source>
        <translation>Адрес из нулей не может обозначать сетевую карту.</translation>
    </message>
    <message>
        <source>This is a multicast address (the first pair is odd); a network card needs one whose first pair is even, like 52.</source>
        <translation>Это групповой адрес (первая пара нечётная); сетевой карте нужен адрес с чётной первой парой, например 52.</translation>
    </message>
    <message>
        <source>Another network card on this host already has this address; press Generate for a new one.</source>
        <translation>Этот адрес уже есть у другой сетевой карты на этом хосте; нажмите «Создать», чтобы получить новый.</translation>
    </message>
    <message>
        <source>Give the disk a target name, like vdb.</source>
        <translation>Задайте диску имя устройства, например vdb.</translation>
    </message>
    <message>
        <source>Target names look like vda, sdb, hdc or fda.</source>
        <translation>Имена устройств выглядят как vda, sdb, hdc или fda.</translation>
    </message>
    <message>
        <source>%1 is already used by another disk of this guest.</source>
        <translation>%1 уже занято другим диском этого гостя.</translation>
    </message>
    <message>
        <source>Give the full path, starting with /.</source>
        <translation>Укажите полный путь, начинающийся с /.</translation>
    </message>
    <message>
        <source>The storage pool %1 has no volume %2 (in %3).</source>
        <translation>В пуле хранения %1 нет тома %2 (в %3).</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файла %1 нет.</translation>
    </message>
    <message>
        <source>A disk needs a size above 0.</source>
        <translation>Размер диска должен быть больше 0.</translation>
    </message>
    <message>
        <source>Shrinking would cut off the data at the disk&apos;s end; VirtDeck only makes disks larger (now %1).</source>
        <translation>Уменьшение отрезало бы данные в конце диска; VirtDeck только увеличивает диски (сейчас %1).</translation>
    </message>
    <message>
        <source>The disk already has this size.</source>
        <translation>У диска уже такой размер.</translation>
    </message>
    <message>
        <source>Choose a storage pool for the new disk.</source>
        <translation>Выберите пул хранения для нового диска.</translation>
    </message>
    <message>
        <source>Give the new disk image a file name, like data.qcow2.</source>
        <translation>Задайте имя файла нового образа диска, например data.qcow2.</translation>
    </message>
    <message>
        <source>The pool %1 already has a volume %2; choose another name.</source>
        <translation>В пуле %1 уже есть том %2; выберите другое имя.</translation>
    </message>
    <message>
        <source>Choose a disk, CD-ROM or floppy drive.</source>
        <translation>Выберите диск, CD-ROM или дисковод.</translation>
    </message>
    <message>
        <source>Choose the bus the drive is attached to.</source>
        <translation>Выберите шину, к которой подключён привод.</translation>
    </message>
    <message>
        <source>This hypervisor does not offer the %1 bus here.</source>
        <translation>Этот гипервизор не предлагает здесь шину %1.</translation>
    </message>
    <message>
        <source>A floppy drive goes on the floppy controller (fdc).</source>
        <translation>Дисковод подключается к контроллеру дисковода (fdc).</translation>
    </message>
    <message>
        <source>Only floppy drives go on the floppy controller.</source>
        <translation>К контроллеру дисковода подключаются только дисководы.</translation>
    </message>
    <message>
        <source>A disk needs an image: choose a volume, a file or a device.</source>
        <translation>Диску нужен образ: выберите том, файл или устройство.</translation>
    </message>
    <message>
        <source>There is no active storage pool %1 on this host.</source>
        <translation>На этом хосте нет активного пула хранения %1.</translation>
    </message>
    <message>
        <source>The storage pool %1 has no volume %2.</source>
        <translation>В пуле хранения %1 нет тома %2.</translation>
    </message>
    <message>
        <source>Native I/O needs the cache mode “none” or “directsync”.</source>
        <translation>Режиму native нужен режим кэша «none» или «directsync».</translation>
    </message>
    <message>
        <source>Choose a virtual network.</source>
        <translation>Выберите виртуальную сеть.</translation>
    </message>
    <message>
        <source>There is no virtual network %1 on this host.</source>
        <translation>На этом хосте нет виртуальной сети %1.</translation>
    </message>
    <message>
        <source>Give the name of a bridge on the host, like br0.</source>
        <translation>Укажите имя моста на хосте, например br0.</translation>
    </message>
    <message>
        <source>Choose the host&apos;s network device to attach to.</source>
        <translation>Выберите сетевое устройство хоста для подключения.</translation>
    </message>
    <message>
        <source>A model name has only letters, digits, dots, dashes and underscores.</source>
        <translation>Имя модели содержит только буквы, цифры, точки, дефисы и подчёркивания.</translation>
    </message>
    <message>
        <source>Changing the device</source>
        <translation>Изменение устройства</translation>
    </message>
    <message>
        <source>The device&apos;s XML is not a &lt;%1&gt; element.</source>
        <translation>XML устройства — не элемент &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The running guest does not have this device yet; it applies at the next start.</source>
        <translation>У работающего гостя этого устройства ещё нет; вступит в силу при следующем запуске.</translation>
    </message>
    <message>
        <source>Adding the device</source>
        <translation>Добавление устройства</translation>
    </message>
    <message>
        <source>The device&apos;s XML is not well-formed.</source>
        <translation>XML устройства составлен неверно.</translation>
    </message>
    <message>
        <source>Creating the disk image %1</source>
        <translation>Создание образа диска %1</translation>
    </message>
    <message>
        <source>Removing the device</source>
        <translation>Удаление устройства</translation>
    </message>
    <message>
        <source>The guest has not released the device yet; it goes when the guest lets go of it, or at the next start.</source>
        <translation>Гость ещё не отпустил устройство; оно исчезнет, когда гость его отпустит, или при следующем запуске.</translation>
    </message>
    <message>
        <source>Ejecting the media</source>
        <translation>Извлечение носителя</translation>
    </message>
    <message>
        <source>Inserting the media</source>
        <translation>Вставка носителя</translation>
    </message>
    <message>
        <source>Not a removable drive</source>
        <translation>Не съёмный привод</translation>
    </message>
    <message>
        <source>Only CD-ROM and floppy drives take media.</source>
        <translation>Носители принимают только CD-ROM и дисководы.</translation>
    </message>
    <message>
        <source>Connecting the network cable</source>
        <translation>Подключение сетевого кабеля</translation>
    </message>
    <message>
        <source>Disconnecting the network cable</source>
        <translation>Отключение сетевого кабеля</translation>
    </message>
    <message>
        <source>Resizing the disk</source>
        <translation>Изменение размера диска</translation>
    </message>
    <message>
        <source>Not a disk</source>
        <translation>Не диск</translation>
    </message>
    <message>
        <source>Only hard disks can be resized.</source>
        <translation>Изменять размер можно только у жёстких дисков.</translation>
    </message>
    <message>
        <source>This disk cannot be resized here</source>
        <translation>Размер этого диска здесь изменить нельзя</translation>
    </message>
    <message>
        <source>The disk&apos;s image is not a volume of a storage pool, so it can only be resized while the guest runs.</source>
        <translation>Образ диска не является томом пула хранения, поэтому его размер можно изменить только при работающем госте.</translation>
    </message>
    <message>
        <source>Start the guest and resize the disk then, or resize the image with qemu-img.</source>
        <translation>Запустите гостя и тогда измените размер диска или измените размер образа с помощью qemu-img.</translation>
    </message>
</context>
<context>
    <name>GuestNumaPlacement</name>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>The configuration cannot be read</source>
        <translation>Не удаётся прочитать конфигурацию</translation>
    </message>
    <message>
        <source>NUMA memory mode</source>
        <translation>Режим памяти NUMA</translation>
    </message>
    <message>
        <source>NUMA nodes</source>
        <translation>Узлы NUMA</translation>
    </message>
    <message>
        <source>vCPU placement</source>
        <translation>Размещение vCPU</translation>
    </message>
    <message>
        <source>Reading the NUMA placement</source>
        <translation>Чтение размещения NUMA</translation>
    </message>
    <message>
        <source>Reading the running guest&apos;s placement</source>
        <translation>Чтение размещения работающего гостя</translation>
    </message>
    <message>
        <source>“%1” is not a memory mode; use one of %2.</source>
        <translation>«%1» — не режим памяти; используйте один из: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a placement; use static or auto.</source>
        <translation>«%1» — не размещение; используйте static или auto.</translation>
    </message>
    <message>
        <source>This host has no NUMA node %1; it has node(s) %2.</source>
        <translation>У этого хоста нет узла NUMA %1; есть узлы: %2.</translation>
    </message>
    <message>
        <source>Choose how the guest&apos;s memory is bound to the chosen nodes (a memory mode).</source>
        <translation>Выберите, как память гостя привязывается к выбранным узлам (режим памяти).</translation>
    </message>
    <message>
        <source>With automatic placement the host&apos;s numad chooses the nodes: clear the nodes, or place statically.</source>
        <translation>При автоматическом размещении узлы выбирает numad хоста: очистите узлы или разместите статически.</translation>
    </message>
    <message>
        <source>Choose at least one host node for the “%1” mode, or set the mode to “Not set”.</source>
        <translation>Выберите хотя бы один узел хоста для режима «%1» или установите режим «Не задано».</translation>
    </message>
    <message>
        <source>A running guest keeps this until its next start.</source>
        <translation>Работающий гость сохранит это до следующего запуска.</translation>
    </message>
    <message>
        <source>A running guest&apos;s memory mode cannot change; it applies at the next start.</source>
        <translation>Режим памяти работающего гостя изменить нельзя; вступит в силу при следующем запуске.</translation>
    </message>
    <message>
        <source>Not changed in the running guest: %1</source>
        <translation>Не изменено в работающем госте: %1</translation>
    </message>
</context>
<context>
    <name>GuestOverview</name>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI (Secure Boot)</source>
        <translation>UEFI (безопасная загрузка)</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>guest agent</source>
        <translation>гостевой агент</translation>
    </message>
    <message>
        <source>DHCP lease</source>
        <translation>аренда DHCP</translation>
    </message>
    <message>
        <source>Reading the guest</source>
        <translation>Чтение сведений о госте</translation>
    </message>
    <message>
        <source>Saving the title and description</source>
        <translation>Сохранение заголовка и описания</translation>
    </message>
    <message>
        <source>Changing whether the guest starts with the host</source>
        <translation>Изменение автозапуска гостя вместе с хостом</translation>
    </message>
</context>
<context>
    <name>GuestResourceSettings</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>the hypervisor&apos;s limit for this machine type</source>
        <translation>предел гипервизора для этого типа машины</translation>
    </message>
    <message>
        <source>the hypervisor&apos;s limit</source>
        <translation>предел гипервизора</translation>
    </message>
    <message>
        <source>%1 per host CPU</source>
        <translation>%1 на процессор хоста</translation>
    </message>
    <message>
        <source>The configuration cannot be read</source>
        <translation>Не удаётся прочитать конфигурацию</translation>
    </message>
    <message>
        <source>Reading processors and memory</source>
        <translation>Чтение процессоров и памяти</translation>
    </message>
    <message>
        <source>Reading the running guest&apos;s resources</source>
        <translation>Чтение ресурсов работающего гостя</translation>
    </message>
    <message>
        <source>A guest needs at least one vCPU.</source>
        <translation>Гостю нужен хотя бы один vCPU.</translation>
    </message>
    <message>
        <source>At most %1 vCPUs (%2).</source>
        <translation>Не более %1 vCPU (%2).</translation>
    </message>
    <message>
        <source>More than the maximum of %1; raise the maximum first.</source>
        <translation>Больше максимума %1; сначала увеличьте максимум.</translation>
    </message>
    <message>
        <source>Choose a CPU model.</source>
        <translation>Выберите модель процессора.</translation>
    </message>
    <message>
        <source>Sockets, cores and threads each need at least 1.</source>
        <translation>Сокетов, ядер и потоков должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>Sockets × dies × cores × threads is %1, but the maximum is %2 vCPUs; they must be equal.</source>
        <translation>Сокеты × кристаллы × ядра × потоки = %1, а максимум — %2 vCPU; они должны совпадать.</translation>
    </message>
    <message>
        <source>At least %1; no guest system starts with less.</source>
        <translation>Не менее %1; с меньшим объёмом ни одна гостевая система не запустится.</translation>
    </message>
    <message>
        <source>The host has only %1.</source>
        <translation>У хоста только %1.</translation>
    </message>
    <message>
        <source>At least %1; no guest system runs with less.</source>
        <translation>Не менее %1; с меньшим объёмом ни одна гостевая система не работает.</translation>
    </message>
    <message>
        <source>Saved, but changing the running guest&apos;s vCPUs</source>
        <translation>Сохранено, но изменение vCPU работающего гостя</translation>
    </message>
    <message>
        <source>Saved, but changing the running guest&apos;s memory</source>
        <translation>Сохранено, но изменение памяти работающего гостя</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 ГиБ</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
    <message>
        <source>The shared folder “%1”</source>
        <translation>Общая папка «%1»</translation>
    </message>
    <message>
        <source>The vhost-user network card</source>
        <translation>Сетевая карта vhost-user</translation>
    </message>
    <message>
        <source>Current vCPUs</source>
        <translation>Текущее число vCPU</translation>
    </message>
    <message>
        <source>Maximum vCPUs</source>
        <translation>Максимум vCPU</translation>
    </message>
    <message>
        <source>CPU mode</source>
        <translation>Режим процессора</translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation>Модель процессора</translation>
    </message>
    <message>
        <source>CPU topology</source>
        <translation>Топология процессора</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>Функции процессора</translation>
    </message>
    <message>
        <source>Current memory</source>
        <translation>Текущая память</translation>
    </message>
    <message>
        <source>Maximum memory</source>
        <translation>Максимум памяти</translation>
    </message>
    <message>
        <source>Huge pages</source>
        <translation>Большие страницы</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>Общая память</translation>
    </message>
    <message>
        <source>CPU features can be chosen with the host model or a named model only.</source>
        <translation>Функции процессора можно выбрать только с моделью хоста или именованной моделью.</translation>
    </message>
    <message>
        <source>A feature needs a name.</source>
        <translation>У функции должно быть имя.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>«%1» указана дважды.</translation>
    </message>
    <message>
        <source>“%1” cannot be checked: this host does not list the CPU features it knows.</source>
        <translation>«%1» нельзя проверить: этот хост не сообщает известные ему функции процессора.</translation>
    </message>
    <message>
        <source>“%1” is not a CPU feature this host knows; choose one from the list.</source>
        <translation>«%1» — не известная этому хосту функция процессора; выберите из списка.</translation>
    </message>
    <message>
        <source>“%1” has the policy “%2”; use one of %3.</source>
        <translation>У «%1» правило «%2»; используйте одно из: %3.</translation>
    </message>
    <message>
        <source>This host offers no huge pages.</source>
        <translation>Этот хост не предоставляет большие страницы.</translation>
    </message>
    <message>
        <source>This host has no %1 pages; it offers %2.</source>
        <translation>У этого хоста нет страниц %1; есть: %2.</translation>
    </message>
    <message>
        <source>The maximum memory (%1) is not a whole number of %2 pages.</source>
        <translation>Максимум памяти (%1) — не целое число страниц по %2.</translation>
    </message>
    <message>
        <source>The guest needs %1 pages of %2 (%3), but the host has only %4 free. Set more aside on the host (vm.nr_hugepages) or give the guest less memory.</source>
        <translation>Гостю нужно %1 страниц по %2 (%3), а у хоста свободно только %4. Выделите больше на хосте (vm.nr_hugepages) или дайте гостю меньше памяти.</translation>
    </message>
    <message>
        <source>%1 needs shared memory; remove it first.</source>
        <translation>%1 требует общей памяти; сначала удалите это.</translation>
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
    <name>GuestTags</name>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Метка не может быть пустой.</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters.</source>
        <translation>«%1» длиннее %2 символов.</translation>
    </message>
    <message>
        <source>“%1” may only contain letters, digits, “-”, “_” and “.”.</source>
        <translation>«%1» может содержать только буквы, цифры, «-», «_» и «.».</translation>
    </message>
    <message>
        <source>“%1” is given twice.</source>
        <translation>«%1» указана дважды.</translation>
    </message>
    <message>
        <source>A guest can have at most %1 tags; these are %2.</source>
        <translation>У гостя может быть не более %1 меток; здесь их %2.</translation>
    </message>
    <message>
        <source>Reading the tags and notes</source>
        <translation>Чтение меток и заметок</translation>
    </message>
    <message>
        <source>Saving the tags and notes</source>
        <translation>Сохранение меток и заметок</translation>
    </message>
    <message>
        <source>Some tags are not valid</source>
        <translation>Некоторые метки недопустимы</translation>
    </message>
    <message>
        <source>Correct the tags and apply again.</source>
        <translation>Исправьте метки и примените снова.</translation>
    </message>
</context>
<context>
    <name>GuestTuning</name>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>The %1 driver does not offer CPU weight or cap (%2).</source>
        <translation>Драйвер %1 не поддерживает вес и ограничение процессора (%2).</translation>
    </message>
    <message>
        <source>The %1 driver does not offer CPU weight or cap.</source>
        <translation>Драйвер %1 не поддерживает вес и ограничение процессора.</translation>
    </message>
    <message>
        <source>The %1 driver does not offer a disk I/O weight (%2).</source>
        <translation>Драйвер %1 не поддерживает вес дискового ввода-вывода (%2).</translation>
    </message>
    <message>
        <source>The %1 driver does not offer a disk I/O weight.</source>
        <translation>Драйвер %1 не поддерживает вес дискового ввода-вывода.</translation>
    </message>
    <message>
        <source>The %1 driver does not offer memory limits (%2).</source>
        <translation>Драйвер %1 не поддерживает ограничения памяти (%2).</translation>
    </message>
    <message>
        <source>The %1 driver does not offer disk throttles (%2).</source>
        <translation>Драйвер %1 не поддерживает ограничения дисков (%2).</translation>
    </message>
    <message>
        <source>Applies at the next start.</source>
        <translation>Вступит в силу при следующем запуске.</translation>
    </message>
    <message>
        <source>Not changed in the running guest: %1</source>
        <translation>Не изменено в работающем госте: %1</translation>
    </message>
    <message>
        <source>The disk I/O weight was not changed</source>
        <translation>Вес дискового ввода-вывода не изменён</translation>
    </message>
    <message>
        <source>This host does not accept the weight %1. libvirt said: %2</source>
        <translation>Этот хост не принимает вес %1. Ответ libvirt: %2</translation>
    </message>
    <message>
        <source>Hosts with cgroup v1 and the CFQ scheduler accept 100 to 1000; with BFQ or cgroup v2, 10 to 1000. Try a value from 100 to 1000.</source>
        <translation>Хосты с cgroup v1 и планировщиком CFQ принимают от 100 до 1000; с BFQ или cgroup v2 — от 10 до 1000. Попробуйте значение от 100 до 1000.</translation>
    </message>
    <message>
        <source>Reading resource controls</source>
        <translation>Чтение управления ресурсами</translation>
    </message>
    <message>
        <source>The CPU weight must be from %1 to %2 (the usual is 1024); %3 was entered.</source>
        <translation>Вес процессора должен быть от %1 до %2 (обычно 1024); введено %3.</translation>
    </message>
    <message>
        <source>The CPU cap must be from 1% to %1% (100% per vCPU, %2 vCPUs); %3% was entered.</source>
        <translation>Ограничение процессора должно быть от 1% до %1% (100% на vCPU, vCPU: %2); введено %3%.</translation>
    </message>
    <message>
        <source>The disk I/O weight must be from %1 to %2; %3 was entered.</source>
        <translation>Вес дискового ввода-вывода должен быть от %1 до %2; введено %3.</translation>
    </message>
    <message>
        <source>Disk %1: a throttle cannot be negative; use 0 for no limit.</source>
        <translation>Диск %1: ограничение не может быть отрицательным; 0 — без ограничения.</translation>
    </message>
    <message>
        <source>A memory limit must be above zero; tick “Unlimited” for no limit.</source>
        <translation>Ограничение памяти должно быть больше нуля; для снятия ограничения отметьте «Без ограничения».</translation>
    </message>
    <message>
        <source>The soft limit (%1) must not be above the hard limit or the swap limit.</source>
        <translation>Мягкое ограничение (%1) не должно превышать жёсткое ограничение и ограничение подкачки.</translation>
    </message>
    <message>
        <source>The hard limit (%1) must not be above the memory plus swap limit (%2).</source>
        <translation>Жёсткое ограничение (%1) не должно превышать ограничение памяти с подкачкой (%2).</translation>
    </message>
    <message>
        <source>A memory plus swap limit needs a hard limit too.</source>
        <translation>Ограничению памяти с подкачкой нужно и жёсткое ограничение.</translation>
    </message>
    <message>
        <source>Changing resource controls</source>
        <translation>Изменение управления ресурсами</translation>
    </message>
    <message>
        <source>Changing the CPU weight and cap</source>
        <translation>Изменение веса и ограничения процессора</translation>
    </message>
    <message>
        <source>Changing the disk I/O weight</source>
        <translation>Изменение веса дискового ввода-вывода</translation>
    </message>
    <message>
        <source>Changing the memory limits</source>
        <translation>Изменение ограничений памяти</translation>
    </message>
    <message>
        <source>Changing the throttles of disk %1</source>
        <translation>Изменение ограничений диска %1</translation>
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
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>Процессор</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ресурсы</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Changes waiting for a restart</source>
        <translation>Изменения, ждущие перезапуска</translation>
    </message>
    <message>
        <source>Has changes that apply after a restart</source>
        <translation>Есть изменения, вступающие в силу после перезапуска</translation>
    </message>
    <message>
        <source>%1, with changes that apply after a restart</source>
        <translation>%1, с изменениями, вступающими в силу после перезапуска</translation>
    </message>
    <message>
        <source>Changes wait for a restart: %1 — they apply the next time the guest starts. To apply them now, shut the guest down and start it again (a reboot from inside the guest is not enough).</source>
        <translation>Изменения ждут перезапуска: %1 — они вступят в силу при следующем запуске гостя. Чтобы применить их сейчас, выключите гостя и запустите снова (перезагрузки изнутри гостя недостаточно).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>HardwareProfile</name>
    <message>
        <source>This host&apos;s KVM (PVM) cannot run ordinary guests; the guest runs under software emulation (TCG), which is slower.</source>
        <translation>KVM этого хоста (PVM) не может запускать обычные гостевые системы; гость будет работать в программной эмуляции (TCG), а она медленнее.</translation>
    </message>
    <message>
        <source>UEFI is off: no UEFI firmware (OVMF) is installed on this host.</source>
        <translation>UEFI отключено: на этом хосте не установлена прошивка UEFI (OVMF).</translation>
    </message>
    <message>
        <source>%1 needs UEFI, but no UEFI firmware (OVMF) is installed on this host; its installer may refuse to start.</source>
        <translation>%1 требует UEFI, но на этом хосте не установлена прошивка UEFI (OVMF); установщик может не запуститься.</translation>
    </message>
    <message>
        <source>Secure Boot is off: this host&apos;s UEFI firmware cannot do it.</source>
        <translation>Безопасная загрузка отключена: прошивка UEFI этого хоста её не поддерживает.</translation>
    </message>
    <message>
        <source>No TPM: this host has no TPM emulator (swtpm). %1 may refuse to install without one.</source>
        <translation>Нет TPM: на этом хосте нет эмулятора TPM (swtpm). %1 может отказаться устанавливаться без него.</translation>
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
    <name>HostdevEditor</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>USB device</source>
        <translation>USB-устройство</translation>
    </message>
    <message>
        <source>PCI device</source>
        <translation>PCI-устройство</translation>
    </message>
    <message>
        <source>Host &amp;device:</source>
        <translation>&amp;Устройство хоста:</translation>
    </message>
    <message>
        <source>&amp;Detach from the host&apos;s driver while the guest runs (managed)</source>
        <translation>&amp;Отсоединять от драйвера хоста, пока гость работает (managed)</translation>
    </message>
    <message>
        <source>Choose a device</source>
        <translation>Выберите устройство</translation>
    </message>
    <message>
        <source>USB %1 (not connected to the host now)</source>
        <translation>USB %1 (сейчас не подключено к хосту)</translation>
    </message>
    <message>
        <source>USB bus %1, device %2</source>
        <translation>USB: шина %1, устройство %2</translation>
    </message>
    <message>
        <source>PCI %1 (not listed by the host now)</source>
        <translation>PCI %1 (сейчас не указано хостом)</translation>
    </message>
    <message>
        <source>The device in the definition</source>
        <translation>Устройство из определения</translation>
    </message>
    <message>
        <source>The host lists no PCI devices to give.</source>
        <translation>Хост не предлагает PCI-устройств для передачи.</translation>
    </message>
    <message>
        <source>The host lists no USB devices to give.</source>
        <translation>Хост не предлагает USB-устройств для передачи.</translation>
    </message>
    <message>
        <source>Choose the host device to give to the guest.</source>
        <translation>Выберите устройство хоста для передачи гостю.</translation>
    </message>
    <message>
        <source>The host does not list this device now; the guest cannot start until it is back.</source>
        <translation>Хост сейчас не видит это устройство; гость не запустится, пока оно не вернётся.</translation>
    </message>
    <message>
        <source>This device is not plugged into the host now; the guest may not start without it.</source>
        <translation>Это устройство сейчас не подключено к хосту; без него гость может не запуститься.</translation>
    </message>
</context>
<context>
    <name>InputEditor</name>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Tablet (pointer follows the mouse exactly)</source>
        <translation>Планшет (указатель точно следует за мышью)</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Мышь</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation>&amp;Шина:</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Virtio</source>
        <translation>Virtio</translation>
    </message>
    <message>
        <source>PS/2</source>
        <translation>PS/2</translation>
    </message>
    <message>
        <source>A tablet cannot use the PS/2 bus: choose USB or virtio.</source>
        <translation>Планшет не может использовать шину PS/2: выберите USB или virtio.</translation>
    </message>
</context>
<context>
    <name>InterfaceEditor</name>
    <message>
        <source>Connection type</source>
        <translation>Тип подключения</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>Виртуальная сеть</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>Мост хоста</translation>
    </message>
    <message>
        <source>Host device (macvtap)</source>
        <translation>Устройство хоста (macvtap)</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Подключение:</translation>
    </message>
    <message>
        <source>Network, bridge or host device</source>
        <translation>Сеть, мост или устройство хоста</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>Модель устройства</translation>
    </message>
    <message>
        <source>virtio is fastest; e1000e, e1000 and rtl8139 work in guests without virtio drivers.</source>
        <translation>virtio быстрее всего; e1000e, e1000 и rtl8139 работают в гостях без драйверов virtio.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-адрес</translation>
    </message>
    <message>
        <source>chosen by libvirt</source>
        <translation>выбирает libvirt</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Generate a MAC address</source>
        <translation>Создать MAC-адрес</translation>
    </message>
    <message>
        <source>MA&amp;C address:</source>
        <translation>MA&amp;C-адрес:</translation>
    </message>
    <message>
        <source>Ca&amp;ble connected</source>
        <translation>&amp;Кабель подключён</translation>
    </message>
    <message>
        <source>Cable connected</source>
        <translation>Кабель подключён</translation>
    </message>
    <message>
        <source>Unplugging the virtual cable is like pulling a real one: the guest sees its link go down.</source>
        <translation>Отключение виртуального кабеля — как выдёргивание настоящего: гость видит, что связь пропала.</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Другое (%1)</translation>
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
    <message>
        <source>New virtual machine…</source>
        <translation>Новая виртуальная машина…</translation>
    </message>
    <message>
        <source>Create a virtual machine on the selected host (Ctrl+N)</source>
        <translation>Создать виртуальную машину на выбранном хосте (Ctrl+N)</translation>
    </message>
    <message>
        <source>New container…</source>
        <translation>Новый контейнер…</translation>
    </message>
    <message>
        <source>Create a container on an LXC host (Ctrl+Alt+N)</source>
        <translation>Создать контейнер на хосте LXC (Ctrl+Alt+N)</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>Клонировать…</translation>
    </message>
    <message>
        <source>Make a copy of the selected virtual machine with its disks</source>
        <translation>Создать копию выбранной виртуальной машины вместе с её дисками</translation>
    </message>
    <message>
        <source>Many from template…</source>
        <translation>Несколько из шаблона…</translation>
    </message>
    <message>
        <source>Make many virtual machines from the selected one (web-01, web-02, …)</source>
        <translation>Создать несколько виртуальных машин на основе выбранной (web-01, web-02, …)</translation>
    </message>
    <message>
        <source>Filter by name, title, tag or UUID (Ctrl+F)</source>
        <translation>Фильтр по имени, заголовку, метке или UUID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Фильтр по метке</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Группировать:</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Группировка</translation>
    </message>
    <message>
        <source>List the guests under their host, state, operating system or tag</source>
        <translation>Показывать гостей по хосту, состоянию, операционной системе или метке</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>ОС</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
</context>
<context>
    <name>MemoryPage</name>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <source>Current memory in MiB</source>
        <translation>Текущая память в МиБ</translation>
    </message>
    <message>
        <source>&amp;Current:</source>
        <translation>&amp;Текущая:</translation>
    </message>
    <message>
        <source>Maximum memory in MiB</source>
        <translation>Максимум памяти в МиБ</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>Ма&amp;ксимум:</translation>
    </message>
    <message>
        <source>Memory of the running guest</source>
        <translation>Память работающего гостя</translation>
    </message>
    <message>
        <source>A running guest gives memory back or takes more up to its maximum through its balloon driver; a new maximum needs a restart.</source>
        <translation>Работающий гость отдаёт память или берёт больше, до своего максимума, через драйвер balloon; новый максимум требует перезапуска.</translation>
    </message>
    <message>
        <source>Some changes apply at the next start of the guest.</source>
        <translation>Некоторые изменения вступят в силу при следующем запуске гостя.</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Отложенные изменения</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Apply memory settings</source>
        <translation>Применить настройки памяти</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Revert memory settings</source>
        <translation>Отменить настройки памяти</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> МиБ</translation>
    </message>
    <message>
        <source>applies after restart</source>
        <translation>после перезапуска</translation>
    </message>
    <message>
        <source>%1 applies after restart</source>
        <translation>%1 — после перезапуска</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Нет подключения.</translation>
    </message>
    <message>
        <source>Running now with %1 MiB, at most %2 MiB without a restart.</source>
        <translation>Сейчас работает с %1 МиБ, без перезапуска — не более %2 МиБ.</translation>
    </message>
    <message>
        <source>The guest is not running: changes apply when it starts.</source>
        <translation>Гость не запущен: изменения вступят в силу при запуске.</translation>
    </message>
    <message>
        <source>The host has %1 MiB.</source>
        <translation>У хоста %1 МиБ.</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the marked fields.</source>
        <translation>Ничего не изменено: исправьте отмеченные поля.</translation>
    </message>
    <message>
        <source>Saved, and changed in the running guest.</source>
        <translation>Сохранено и изменено в работающем госте.</translation>
    </message>
    <message>
        <source>Saved; the marked fields apply after a restart.</source>
        <translation>Сохранено; отмеченные поля вступят в силу после перезапуска.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 ГиБ</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
    <message>
        <source>Memory backing</source>
        <translation>Размещение памяти</translation>
    </message>
    <message>
        <source>Huge pages</source>
        <translation>Большие страницы</translation>
    </message>
    <message>
        <source>&amp;Huge pages:</source>
        <translation>&amp;Большие страницы:</translation>
    </message>
    <message>
        <source>Free huge pages on the host</source>
        <translation>Свободные большие страницы на хосте</translation>
    </message>
    <message>
        <source>&amp;Shared memory (memfd), needed by shared folders (virtiofs)</source>
        <translation>&amp;Общая память (memfd), нужна общим папкам (virtiofs)</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>Общая память</translation>
    </message>
    <message>
        <source>Off (normal pages)</source>
        <translation>Выключено (обычные страницы)</translation>
    </message>
    <message>
        <source>Host default size (%1)</source>
        <translation>Размер по умолчанию хоста (%1)</translation>
    </message>
    <message>
        <source>%1 pages: %2 free of %3 set aside</source>
        <translation>Страницы %1: свободно %2 из %3 выделенных</translation>
    </message>
    <message>
        <source>%1 (not on this host)</source>
        <translation>%1 (нет на этом хосте)</translation>
    </message>
    <message>
        <source>This host offers no huge pages.</source>
        <translation>Этот хост не предоставляет большие страницы.</translation>
    </message>
    <message>
        <source>Needed by: %1.</source>
        <translation>Нужна для: %1.</translation>
    </message>
</context>
<context>
    <name>NamePattern</name>
    <message>
        <source>The name is empty.</source>
        <translation>Имя не указано.</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters.</source>
        <translation>«%1» длиннее %2 символов.</translation>
    </message>
    <message>
        <source>“%1” starts with “%2”; names must start with a letter, a digit, “_” or “+”.</source>
        <translation>«%1» начинается с «%2»; имя должно начинаться с буквы, цифры, «_» или «+».</translation>
    </message>
    <message>
        <source>“%1” contains “%2”; use only letters, digits and “._+-”.</source>
        <translation>«%1» содержит «%2»; используйте только буквы, цифры и «._+-».</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <source>Enter a name or a pattern such as web-{01..20}.</source>
        <translation>Введите имя или шаблон, например web-{01..20}.</translation>
    </message>
    <message>
        <source>The number of guests must be between 1 and %1.</source>
        <translation>Число гостей должно быть от 1 до %1.</translation>
    </message>
    <message>
        <source>The braces in “%1” do not match; write a range as {1..10}.</source>
        <translation>Фигурные скобки в «%1» не согласованы; диапазон записывается как {1..10}.</translation>
    </message>
    <message>
        <source>“%1” has more than one range; use one, such as web-{01..20}.</source>
        <translation>В «%1» больше одного диапазона; используйте один, например web-{01..20}.</translation>
    </message>
    <message>
        <source>“%1” is not a range; write it as {first..last}, for example {01..20}.</source>
        <translation>«%1» — не диапазон; запишите его как {первый..последний}, например {01..20}.</translation>
    </message>
    <message>
        <source>The numbers in “%1” are too large.</source>
        <translation>Числа в «%1» слишком велики.</translation>
    </message>
    <message>
        <source>The range {%1..%2} counts down; write the smaller number first.</source>
        <translation>Диапазон {%1..%2} убывает; сначала укажите меньшее число.</translation>
    </message>
    <message>
        <source>{%1..%2} would make %3 guests; at most %4 can be made at once.</source>
        <translation>{%1..%2} даст %3 гостей; за один раз можно создать не более %4.</translation>
    </message>
</context>
<context>
    <name>NewContainerWizard</name>
    <message>
        <source>New container on %1</source>
        <translation>Новый контейнер на %1</translation>
    </message>
    <message>
        <source>New container</source>
        <translation>Новый контейнер</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Kind of container</source>
        <translation>Тип контейнера</translation>
    </message>
    <message>
        <source>What the container runs, and which files it sees.</source>
        <translation>Что запускает контейнер и какие файлы он видит.</translation>
    </message>
    <message>
        <source>&amp;Application container</source>
        <translation>Контейнер &amp;приложения</translation>
    </message>
    <message>
        <source>Application container</source>
        <translation>Контейнер приложения</translation>
    </message>
    <message>
        <source>&amp;Operating system container</source>
        <translation>Контейнер операционной с&amp;истемы</translation>
    </message>
    <message>
        <source>Operating system container</source>
        <translation>Контейнер операционной системы</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Аргументы</translation>
    </message>
    <message>
        <source>e.g. -c &quot;sleep 600&quot;</source>
        <translation>напр. -c &quot;sleep 600&quot;</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Ко&amp;манда:</translation>
    </message>
    <message>
        <source>A&amp;rguments:</source>
        <translation>&amp;Аргументы:</translation>
    </message>
    <message>
        <source>Use an &amp;existing root file system folder</source>
        <translation>Использовать &amp;существующую папку с корневой файловой системой</translation>
    </message>
    <message>
        <source>Use an existing root file system folder</source>
        <translation>Использовать существующую папку с корневой файловой системой</translation>
    </message>
    <message>
        <source>Make a new Debian root file system with &amp;debootstrap</source>
        <translation>Создать новую корневую файловую систему Debian с помощью &amp;debootstrap</translation>
    </message>
    <message>
        <source>Make a new Debian root file system with debootstrap</source>
        <translation>Создать новую корневую файловую систему Debian с помощью debootstrap</translation>
    </message>
    <message>
        <source>debootstrap can only make root file systems on this computer, and this host is another one.</source>
        <translation>debootstrap может создавать корневые файловые системы только на этом компьютере, а этот хост — другой.</translation>
    </message>
    <message>
        <source>Root file system folder</source>
        <translation>Папка корневой файловой системы</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Browse for the root file system folder</source>
        <translation>Выбрать папку корневой файловой системы</translation>
    </message>
    <message>
        <source>Debian release</source>
        <translation>Выпуск Debian</translation>
    </message>
    <message>
        <source>Debian mirror</source>
        <translation>Зеркало Debian</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Пап&amp;ка:</translation>
    </message>
    <message>
        <source>Re&amp;lease:</source>
        <translation>&amp;Выпуск:</translation>
    </message>
    <message>
        <source>M&amp;irror:</source>
        <translation>&amp;Зеркало:</translation>
    </message>
    <message>
        <source>Runs one program, such as a shell, in this host&apos;s own files with its own processes, memory limit and network.</source>
        <translation>Запускает одну программу, например оболочку, в собственных файлах хоста, но со своими процессами, лимитом памяти и сетью.</translation>
    </message>
    <message>
        <source>Boots a whole Linux system (/sbin/init) from a root file system folder of its own.</source>
        <translation>Загружает полноценную систему Linux (/sbin/init) из собственной папки с корневой файловой системой.</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ресурсы</translation>
    </message>
    <message>
        <source>Limits the container cannot go beyond.</source>
        <translation>Ограничения, которые контейнер не может превысить.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> МиБ</translation>
    </message>
    <message>
        <source>Memory limit in MiB</source>
        <translation>Лимит памяти в МиБ</translation>
    </message>
    <message>
        <source>CPU weight</source>
        <translation>Вес ЦП</translation>
    </message>
    <message>
        <source>&amp;Memory limit:</source>
        <translation>&amp;Лимит памяти:</translation>
    </message>
    <message>
        <source>When the container uses more, the kernel ends some of its processes.</source>
        <translation>Если контейнер использует больше, ядро завершит часть его процессов.</translation>
    </message>
    <message>
        <source>C&amp;PU weight:</source>
        <translation>&amp;Вес ЦП:</translation>
    </message>
    <message>
        <source>Its share of CPU time when the host is busy: 1024 is normal, 2048 twice as much, 512 half.</source>
        <translation>Его доля процессорного времени при загруженном хосте: 1024 — обычная, 2048 — вдвое больше, 512 — вдвое меньше.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>How the container reaches other machines.</source>
        <translation>Как контейнер связывается с другими машинами.</translation>
    </message>
    <message>
        <source>&amp;Virtual network</source>
        <translation>&amp;Виртуальная сеть</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>Виртуальная сеть</translation>
    </message>
    <message>
        <source>Host &amp;bridge</source>
        <translation>&amp;Мост хоста</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>Мост хоста</translation>
    </message>
    <message>
        <source>&amp;No network (only loopback inside)</source>
        <translation>&amp;Без сети (только внутренний loopback)</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>Без сети</translation>
    </message>
    <message>
        <source>Virtual network name</source>
        <translation>Имя виртуальной сети</translation>
    </message>
    <message>
        <source>Bridge name</source>
        <translation>Имя моста</translation>
    </message>
    <message>
        <source>Name and summary</source>
        <translation>Имя и сводка</translation>
    </message>
    <message>
        <source>Check what will be created.</source>
        <translation>Проверьте, что будет создано.</translation>
    </message>
    <message>
        <source>Container name</source>
        <translation>Имя контейнера</translation>
    </message>
    <message>
        <source>&amp;Start the container when it is created</source>
        <translation>&amp;Запустить контейнер после создания</translation>
    </message>
    <message>
        <source>Start the container when it is created</source>
        <translation>Запустить контейнер после создания</translation>
    </message>
    <message>
        <source>Configuration (XML)</source>
        <translation>Конфигурация (XML)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Конфигурация:</translation>
    </message>
    <message>
        <source>Creating the container</source>
        <translation>Создание контейнера</translation>
    </message>
    <message>
        <source>Cancel stops it and removes what was made so far.</source>
        <translation>Кнопка «Отмена» остановит создание и удалит всё, что уже сделано.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Creation log</source>
        <translation>Журнал создания</translation>
    </message>
    <message>
        <source>Change settings and &amp;try again</source>
        <translation>Изменить параметры и &amp;повторить</translation>
    </message>
    <message>
        <source>Change settings and try again</source>
        <translation>Изменить параметры и повторить</translation>
    </message>
    <message>
        <source>Enter the program to run, e.g. /bin/sh.</source>
        <translation>Введите программу для запуска, например /bin/sh.</translation>
    </message>
    <message>
        <source>Enter the full path of the program, e.g. /bin/sh.</source>
        <translation>Введите полный путь к программе, например /bin/sh.</translation>
    </message>
    <message>
        <source>%1 does not exist on this host.</source>
        <translation>%1 не существует на этом хосте.</translation>
    </message>
    <message>
        <source>%1 is not a program that can be run.</source>
        <translation>%1 — не исполняемая программа.</translation>
    </message>
    <message>
        <source>debootstrap is not installed on this computer (apt install debootstrap).</source>
        <translation>debootstrap не установлен на этом компьютере (apt install debootstrap).</translation>
    </message>
    <message>
        <source>Choose the folder that holds the container&apos;s root file system.</source>
        <translation>Выберите папку с корневой файловой системой контейнера.</translation>
    </message>
    <message>
        <source>Enter a full path starting with &quot;/&quot;.</source>
        <translation>Введите полный путь, начинающийся с «/».</translation>
    </message>
    <message>
        <source>That is the host&apos;s own root. To share the host&apos;s files, choose an application container.</source>
        <translation>Это корневая папка самого хоста. Чтобы использовать файлы хоста, выберите контейнер приложения.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 — не папка.</translation>
    </message>
    <message>
        <source>%1 has no /sbin/init, which an operating system container starts first.</source>
        <translation>В %1 нет /sbin/init, который контейнер операционной системы запускает первым.</translation>
    </message>
    <message>
        <source>Give the container at least %1 MiB.</source>
        <translation>Выделите контейнеру не менее %1 МиБ.</translation>
    </message>
    <message>
        <source>This host has only %1 of memory.</source>
        <translation>На этом хосте всего %1 памяти.</translation>
    </message>
    <message>
        <source>The CPU weight must be at least %1.</source>
        <translation>Вес ЦП должен быть не менее %1.</translation>
    </message>
    <message>
        <source>Looking up this host&apos;s virtual networks…</source>
        <translation>Получение списка виртуальных сетей хоста…</translation>
    </message>
    <message>
        <source>The host&apos;s networks could not be listed (not connected). Choose a bridge or no network.</source>
        <translation>Не удалось получить список сетей хоста (нет подключения). Выберите мост или работу без сети.</translation>
    </message>
    <message>
        <source>This host has no virtual networks. Choose a bridge or no network.</source>
        <translation>На этом хосте нет виртуальных сетей. Выберите мост или работу без сети.</translation>
    </message>
    <message>
        <source>Enter the name of a bridge on the host, e.g. br0.</source>
        <translation>Введите имя моста на хосте, например br0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device name: at most 15 characters, without spaces, &quot;/&quot; or &quot;:&quot;.</source>
        <translation>«%1» — недопустимое имя устройства: не более 15 символов, без пробелов, «/» и «:».</translation>
    </message>
    <message>
        <source>A guest named %1 already exists on this host.</source>
        <translation>На этом хосте уже есть гость с именем %1.</translation>
    </message>
    <message>
        <source>The network %1 is not running; the container cannot start until it is.</source>
        <translation>Сеть %1 не запущена; контейнер не сможет запуститься, пока она не будет запущена.</translation>
    </message>
    <message>
        <source>The container gets a network of its own with only loopback in it.</source>
        <translation>Контейнер получит собственную сеть, в которой будет только loopback.</translation>
    </message>
    <message>
        <source>Some lists may be incomplete: %1</source>
        <translation>Некоторые списки могут быть неполными: %1</translation>
    </message>
    <message>
        <source>Runs %1 in this host&apos;s files.</source>
        <translation>Запускает %1 в файлах этого хоста.</translation>
    </message>
    <message>
        <source>Boots Debian %1, made with debootstrap in %2 (about 150 MB download).</source>
        <translation>Загружает Debian %1, созданный с помощью debootstrap в %2 (загрузка около 150 МБ).</translation>
    </message>
    <message>
        <source>Boots the system in %1.</source>
        <translation>Загружает систему из %1.</translation>
    </message>
    <message>
        <source>Memory limit %1, CPU weight %2.</source>
        <translation>Лимит памяти %1, вес ЦП %2.</translation>
    </message>
    <message>
        <source>Network: virtual network %1.</source>
        <translation>Сеть: виртуальная сеть %1.</translation>
    </message>
    <message>
        <source>Network: host bridge %1.</source>
        <translation>Сеть: мост хоста %1.</translation>
    </message>
    <message>
        <source>Network: none.</source>
        <translation>Сеть: нет.</translation>
    </message>
    <message>
        <source>Starts once created.</source>
        <translation>Запускается после создания.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>Контейнер %1 создан.</translation>
    </message>
    <message>
        <source>%1 was created, but it could not be started.
%2
%3</source>
        <translation>Контейнер %1 создан, но запустить его не удалось.
%2
%3</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Creation was cancelled; what had been made was removed.</source>
        <translation>Создание отменено; всё, что было сделано, удалено.</translation>
    </message>
    <message>
        <source>Cancelling and removing what was made…</source>
        <translation>Отмена и удаление сделанного…</translation>
    </message>
</context>
<context>
    <name>NewVmFinishPage</name>
    <message>
        <source>Name and options</source>
        <translation>Имя и параметры</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Прошивка</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>&amp;Secure Boot</source>
        <translation>&amp;Безопасная загрузка (Secure Boot)</translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation>Безопасная загрузка (Secure Boot)</translation>
    </message>
    <message>
        <source>Emulated &amp;TPM 2.0</source>
        <translation>Эмулируемый &amp;TPM 2.0</translation>
    </message>
    <message>
        <source>Emulated TPM 2.0</source>
        <translation>Эмулируемый TPM 2.0</translation>
    </message>
    <message>
        <source>&amp;Driver disc:</source>
        <translation>&amp;Диск с драйверами:</translation>
    </message>
    <message>
        <source>Optional: /path/to/virtio-win.iso (faster disk and network)</source>
        <translation>Необязательно: /path/to/virtio-win.iso (более быстрые диск и сеть)</translation>
    </message>
    <message>
        <source>virtio-win driver disc</source>
        <translation>Диск с драйверами virtio-win</translation>
    </message>
    <message>
        <source>C&amp;ustomize the configuration before install</source>
        <translation>Настроить &amp;конфигурацию перед установкой</translation>
    </message>
    <message>
        <source>Customize the configuration before install</source>
        <translation>Настроить конфигурацию перед установкой</translation>
    </message>
    <message>
        <source>Start the guest and open its console</source>
        <translation>Запустить гостя и открыть его консоль</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Ne&amp;twork:</source>
        <translation>С&amp;еть:</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>&amp;Прошивка:</translation>
    </message>
    <message>
        <source>Virtual network “%1” (NAT)</source>
        <translation>Виртуальная сеть «%1» (NAT)</translation>
    </message>
    <message>
        <source>Virtual network “%1” (not running; started with the guest)</source>
        <translation>Виртуальная сеть «%1» (не запущена; запустится вместе с гостем)</translation>
    </message>
    <message>
        <source>Bridge %1 (guest on the host&apos;s LAN)</source>
        <translation>Мост %1 (гость в локальной сети хоста)</translation>
    </message>
    <message>
        <source>Macvtap on %1 (host cannot reach the guest)</source>
        <translation>Macvtap на %1 (хост не сможет связаться с гостем)</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>Без сети</translation>
    </message>
    <message>
        <source>Reading the host&apos;s guests…</source>
        <translation>Получение списка гостей хоста…</translation>
    </message>
    <message>
        <source>A guest named %1 already exists on this host.</source>
        <translation>На этом хосте уже есть гость с именем %1.</translation>
    </message>
    <message>
        <source>The pool %1 already holds a disk named %2.qcow2; VirtDeck will not overwrite it.</source>
        <translation>В пуле %1 уже есть диск с именем %2.qcow2; VirtDeck не будет его перезаписывать.</translation>
    </message>
    <message>
        <source>Give the full path, starting with /.</source>
        <translation>Укажите полный путь, начинающийся с /.</translation>
    </message>
    <message>
        <source>UEFI needs OVMF on the host (Debian package “ovmf”).</source>
        <translation>Для UEFI на хосте нужен OVMF (пакет Debian «ovmf»).</translation>
    </message>
    <message>
        <source>%1 does not boot with BIOS; choose UEFI.</source>
        <translation>%1 не загружается с BIOS; выберите UEFI.</translation>
    </message>
    <message>
        <source>A TPM needs swtpm on the host (Debian package “swtpm”).</source>
        <translation>Для TPM на хосте нужен swtpm (пакет Debian «swtpm»).</translation>
    </message>
    <message>
        <source>Windows 11 refuses to install without a TPM.</source>
        <translation>Windows 11 не устанавливается без TPM.</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Система: %1</translation>
    </message>
    <message>
        <source>Memory: %1, CPUs: %2</source>
        <translation>Память: %1, процессоров: %2</translation>
    </message>
    <message>
        <source>Disk: %1 (%2 bus)</source>
        <translation>Диск: %1 (шина %2)</translation>
    </message>
    <message>
        <source>Disk: new %1 in pool %2 (%3 bus)</source>
        <translation>Диск: новый %1 в пуле %2 (шина %3)</translation>
    </message>
    <message>
        <source>Disk: none</source>
        <translation>Диск: нет</translation>
    </message>
    <message>
        <source>Hardware: %1 machine, %2 network card, %3 video, clock in %4</source>
        <translation>Оборудование: машина %1, сетевая карта %2, видео %3, часы: %4</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>местное время</translation>
    </message>
</context>
<context>
    <name>NewVmMethodPage</name>
    <message>
        <source>How will the system be installed?</source>
        <translation>Как будет установлена система?</translation>
    </message>
    <message>
        <source>/path/to/install.iso or /dev/sr0</source>
        <translation>/path/to/install.iso или /dev/sr0</translation>
    </message>
    <message>
        <source>Install media path</source>
        <translation>Путь к установочному носителю</translation>
    </message>
    <message>
        <source>Browse for install media</source>
        <translation>Выбрать установочный носитель</translation>
    </message>
    <message>
        <source>https://deb.debian.org/debian/dists/bookworm/main/installer-amd64/</source>
        <translation>https://deb.debian.org/debian/dists/bookworm/main/installer-amd64/</translation>
    </message>
    <message>
        <source>Install tree URL</source>
        <translation>URL дерева установки</translation>
    </message>
    <message>
        <source>/path/to/disk.qcow2</source>
        <translation>/path/to/disk.qcow2</translation>
    </message>
    <message>
        <source>Disk image path</source>
        <translation>Путь к образу диска</translation>
    </message>
    <message>
        <source>Browse for disk image</source>
        <translation>Выбрать образ диска</translation>
    </message>
    <message>
        <source>&amp;Local install media (ISO image or CD drive)</source>
        <translation>&amp;Локальный установочный носитель (образ ISO или CD-привод)</translation>
    </message>
    <message>
        <source>&amp;Network install (URL of an install tree)</source>
        <translation>&amp;Сетевая установка (URL дерева установки)</translation>
    </message>
    <message>
        <source>&amp;Import an existing disk image</source>
        <translation>&amp;Импортировать существующий образ диска</translation>
    </message>
    <message>
        <source>Network &amp;boot (PXE)</source>
        <translation>Сетевая &amp;загрузка (PXE)</translation>
    </message>
    <message>
        <source>&amp;No install media (set it up later)</source>
        <translation>&amp;Без установочного носителя (настроить позже)</translation>
    </message>
    <message>
        <source>Choose install media</source>
        <translation>Выбор установочного носителя</translation>
    </message>
    <message>
        <source>Disc images (*.iso *.img);;All files (*)</source>
        <translation>Образы дисков (*.iso *.img);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a disk image</source>
        <translation>Выбор образа диска</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw);;All files (*)</source>
        <translation>Образы дисков (*.qcow2 *.img *.raw);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose an ISO image or a CD drive.</source>
        <translation>Выберите образ ISO или CD-привод.</translation>
    </message>
    <message>
        <source>Give the full path, starting with /.</source>
        <translation>Укажите полный путь, начинающийся с /.</translation>
    </message>
    <message>
        <source>Enter the address of the install tree.</source>
        <translation>Введите адрес дерева установки.</translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation>Это недопустимый адрес.</translation>
    </message>
    <message>
        <source>Use an http, https, ftp or nfs address.</source>
        <translation>Используйте адрес http, https, ftp или nfs.</translation>
    </message>
    <message>
        <source>Choose the disk image to import.</source>
        <translation>Выберите образ диска для импорта.</translation>
    </message>
    <message>
        <source>Paths are on the host %1, not on this computer.</source>
        <translation>Пути указываются на хосте %1, а не на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>NewVmOsPage</name>
    <message>
        <source>Which operating system?</source>
        <translation>Какая операционная система?</translation>
    </message>
    <message>
        <source>The virtual hardware is chosen for it.</source>
        <translation>Виртуальное оборудование подбирается под неё.</translation>
    </message>
    <message>
        <source>&amp;Detect from the install media</source>
        <translation>&amp;Определить по установочному носителю</translation>
    </message>
    <message>
        <source>Detect the operating system from the install media</source>
        <translation>Определить операционную систему по установочному носителю</translation>
    </message>
    <message>
        <source>Search: Windows XP, Debian 12, Ubuntu 24.04, FreeBSD…</source>
        <translation>Поиск: Windows XP, Debian 12, Ubuntu 24.04, FreeBSD…</translation>
    </message>
    <message>
        <source>Search operating systems</source>
        <translation>Поиск операционных систем</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Операционные системы</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Выбрано: %1</translation>
    </message>
    <message>
        <source>(no longer supported by its vendor since %1)</source>
        <translation>(производитель не поддерживает с %1)</translation>
    </message>
    <message>
        <source>(end of life)</source>
        <translation>(поддержка прекращена)</translation>
    </message>
    <message>
        <source>Loading the operating system database…</source>
        <translation>Загрузка базы данных операционных систем…</translation>
    </message>
    <message>
        <source>The install media is on %1, so it cannot be examined from here; choose the system below.</source>
        <translation>Установочный носитель находится на %1, поэтому его нельзя проверить отсюда; выберите систему ниже.</translation>
    </message>
    <message>
        <source>Examining %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Определено: %1</translation>
    </message>
    <message>
        <source>Not recognised: %1 Choose the system below.</source>
        <translation>Не распознано: %1 Выберите систему ниже.</translation>
    </message>
    <message>
        <source>The operating system database could not be loaded: %1</source>
        <translation>Не удалось загрузить базу данных операционных систем: %1</translation>
    </message>
    <message>
        <source>Examining the install media…</source>
        <translation>Проверка установочного носителя…</translation>
    </message>
    <message>
        <source>Choose the operating system, or “Generic OS” when it is not listed.</source>
        <translation>Выберите операционную систему или пункт «Другая ОС», если её нет в списке.</translation>
    </message>
    <message>
        <source>VirtDeck does not know where %1 keeps its installer in a network tree; use its install disc instead.</source>
        <translation>VirtDeck не знает, где %1 хранит установщик в сетевом дереве; используйте вместо этого установочный диск.</translation>
    </message>
</context>
<context>
    <name>NewVmPage</name>
    <message>
        <source>Next is disabled: %1</source>
        <translation>Кнопка «Далее» недоступна: %1</translation>
    </message>
</context>
<context>
    <name>NewVmProgressPage</name>
    <message>
        <source>Creating the virtual machine</source>
        <translation>Создание виртуальной машины</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Creation log</source>
        <translation>Журнал создания</translation>
    </message>
    <message>
        <source>Configuration of %1</source>
        <translation>Конфигурация %1</translation>
    </message>
    <message>
        <source>Domain XML</source>
        <translation>XML домена</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Edit the configuration libvirt will get. Nothing has been created yet.</source>
        <translation>Отредактируйте конфигурацию, которую получит libvirt. Пока ничего не создано.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Cancelling; removing what was made…</source>
        <translation>Отмена; удаление сделанного…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>%1 was created and started.</source>
        <translation>Виртуальная машина %1 создана и запущена.</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>Виртуальная машина %1 создана.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was left behind.</source>
        <translation>Отменено. Ничего не осталось.</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>Everything made so far was removed.</source>
        <translation>Всё, что было сделано, удалено.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>NewVmResourcesPage</name>
    <message>
        <source>Memory and processors</source>
        <translation>Память и процессоры</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> МиБ</translation>
    </message>
    <message>
        <source>Memory in MiB</source>
        <translation>Память в МиБ</translation>
    </message>
    <message>
        <source>Virtual CPUs</source>
        <translation>Виртуальные процессоры</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Память:</translation>
    </message>
    <message>
        <source>&amp;CPUs:</source>
        <translation>&amp;ЦП:</translation>
    </message>
    <message>
        <source>A guest needs at least 16 MiB of memory.</source>
        <translation>Гостю нужно не менее 16 МиБ памяти.</translation>
    </message>
    <message>
        <source>%1 is more memory than this host has (%2).</source>
        <translation>%1 — больше памяти, чем есть на этом хосте (%2).</translation>
    </message>
    <message>
        <source>A guest needs at least one CPU.</source>
        <translation>Гостю нужен хотя бы один процессор.</translation>
    </message>
    <message>
        <source>At most 512 CPUs.</source>
        <translation>Не более 512 процессоров.</translation>
    </message>
    <message>
        <source>%1 needs at least %2; it may not install or run.</source>
        <translation>%1 требует не менее %2; система может не установиться или не работать.</translation>
    </message>
    <message>
        <source>This leaves little memory for the host and its other guests.</source>
        <translation>Для хоста и других его гостей останется мало памяти.</translation>
    </message>
    <message>
        <source>Recommended for %1: %2.</source>
        <translation>Рекомендуется для %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The host has only %n CPU(s); more virtual CPUs make the guest slower, not faster.</source>
        <translation>
            <numerusform>На хосте всего %n процессор; больше виртуальных процессоров не ускорят, а замедлят гостя.</numerusform>
            <numerusform>На хосте всего %n процессора; больше виртуальных процессоров не ускорят, а замедлят гостя.</numerusform>
            <numerusform>На хосте всего %n процессоров; больше виртуальных процессоров не ускорят, а замедлят гостя.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n CPU(s).</source>
        <translation>
            <numerusform>%1 требует не менее %n процессора.</numerusform>
            <numerusform>%1 требует не менее %n процессоров.</numerusform>
            <numerusform>%1 требует не менее %n процессоров.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This host has %1 of memory and %n CPU(s).</source>
        <translation>
            <numerusform>На этом хосте %1 памяти и %n процессор.</numerusform>
            <numerusform>На этом хосте %1 памяти и %n процессора.</numerusform>
            <numerusform>На этом хосте %1 памяти и %n процессоров.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewVmStoragePage</name>
    <message>
        <source>Storage</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>Пул хранения</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> ГиБ</translation>
    </message>
    <message>
        <source>Disk size in GiB</source>
        <translation>Размер диска в ГиБ</translation>
    </message>
    <message>
        <source>/var/lib/libvirt/images/disk.qcow2</source>
        <translation>/var/lib/libvirt/images/disk.qcow2</translation>
    </message>
    <message>
        <source>Existing disk path</source>
        <translation>Путь к существующему диску</translation>
    </message>
    <message>
        <source>Browse for an existing disk</source>
        <translation>Выбрать существующий диск</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>&amp;Пул:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Размер:</translation>
    </message>
    <message>
        <source>&amp;Create a new disk (qcow2, grows as it fills)</source>
        <translation>&amp;Создать новый диск (qcow2, растёт по мере заполнения)</translation>
    </message>
    <message>
        <source>Use an &amp;existing volume or file</source>
        <translation>&amp;Использовать существующий том или файл</translation>
    </message>
    <message>
        <source>&amp;No disk</source>
        <translation>&amp;Без диска</translation>
    </message>
    <message>
        <source>Choose a disk</source>
        <translation>Выбор диска</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw);;All files (*)</source>
        <translation>Образы дисков (*.qcow2 *.img *.raw);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 — %2 free of %3</source>
        <translation>%1 — свободно %2 из %3</translation>
    </message>
    <message>
        <source>default — new pool in %1, made with the disk</source>
        <translation>default — новый пул в %1, создаётся вместе с диском</translation>
    </message>
    <message>
        <source>Enter a disk size above zero.</source>
        <translation>Введите размер диска больше нуля.</translation>
    </message>
    <message>
        <source>%1 is larger than the 64 TiB VirtDeck allows for one disk.</source>
        <translation>%1 — больше 64 ТиБ, допустимых в VirtDeck для одного диска.</translation>
    </message>
    <message>
        <source>Choose the disk to use.</source>
        <translation>Выберите диск.</translation>
    </message>
    <message>
        <source>Give the full path, starting with /.</source>
        <translation>Укажите полный путь, начинающийся с /.</translation>
    </message>
    <message>
        <source>Reading the host&apos;s storage pools…</source>
        <translation>Получение списка пулов хранения хоста…</translation>
    </message>
    <message>
        <source>This host has no active storage pool; start one or use an existing disk.</source>
        <translation>На этом хосте нет активного пула хранения; запустите какой-либо пул или используйте существующий диск.</translation>
    </message>
    <message>
        <source>No active storage pool on this host.</source>
        <translation>На этом хосте нет активного пула хранения.</translation>
    </message>
    <message>
        <source>The disk is made in %1 and named after the guest.</source>
        <translation>Диск создаётся в %1 и называется по имени гостя.</translation>
    </message>
    <message>
        <source>The pool has only %1 free. The disk grows as it fills, so this works until the pool is full.</source>
        <translation>В пуле свободно всего %1. Диск растёт по мере заполнения, так что всё будет работать, пока пул не заполнится.</translation>
    </message>
    <message>
        <source>%1 needs at least %2.</source>
        <translation>%1 требует не менее %2.</translation>
    </message>
</context>
<context>
    <name>NewVmWizard</name>
    <message>
        <source>New Virtual Machine on %1</source>
        <translation>Новая виртуальная машина на %1</translation>
    </message>
</context>
<context>
    <name>OsDatabase</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 — не папка.</translation>
    </message>
    <message>
        <source>The operating system database (osinfo-db) could not be loaded.</source>
        <translation>Не удалось загрузить базу данных операционных систем (osinfo-db).</translation>
    </message>
    <message>
        <source>No install disc was chosen.</source>
        <translation>Установочный диск не выбран.</translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation>Не удалось прочитать %1: файл не существует.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a folder, not a disc image.</source>
        <translation>Не удалось прочитать %1: это папка, а не образ диска.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation>Не удалось прочитать %1: доступ запрещён.</translation>
    </message>
    <message>
        <source>Not an install disc VirtDeck recognises: %1 is not a CD or DVD image (ISO 9660).</source>
        <translation>VirtDeck не распознаёт этот установочный диск: %1 — не образ CD или DVD (ISO 9660).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Not an install disc VirtDeck recognises (volume label “%1”).</source>
        <translation>VirtDeck не распознаёт этот установочный диск (метка тома «%1»).</translation>
    </message>
    <message>
        <source>The disc cannot boot a computer.</source>
        <translation>С этого диска нельзя загрузить компьютер.</translation>
    </message>
    <message>
        <source>Not an install disc VirtDeck recognises.</source>
        <translation>VirtDeck не распознаёт этот установочный диск.</translation>
    </message>
    <message>
        <source>No install tree address was given.</source>
        <translation>Адрес дерева установки не указан.</translation>
    </message>
    <message>
        <source>Cannot read %1: only http, https and local folders are supported.</source>
        <translation>Не удалось прочитать %1: поддерживаются только http, https и локальные папки.</translation>
    </message>
    <message>
        <source>The .treeinfo file at %1 cannot be understood: %2</source>
        <translation>Не удалось разобрать файл .treeinfo по адресу %1: %2</translation>
    </message>
    <message>
        <source>Not an install tree VirtDeck recognises (%1).</source>
        <translation>VirtDeck не распознаёт это дерево установки (%1).</translation>
    </message>
    <message>
        <source>Not an install tree VirtDeck recognises.</source>
        <translation>VirtDeck не распознаёт это дерево установки.</translation>
    </message>
    <message>
        <source>Generic OS</source>
        <translation>Другая ОС</translation>
    </message>
    <message>
        <source>Cannot read %1: the folder does not exist.</source>
        <translation>Не удалось прочитать %1: папка не существует.</translation>
    </message>
    <message>
        <source>No install tree VirtDeck recognises at %1: it has no .treeinfo file.</source>
        <translation>VirtDeck не распознаёт дерево установки по адресу %1: в нём нет файла .treeinfo.</translation>
    </message>
    <message>
        <source>No install tree VirtDeck recognises at %1: it has no .treeinfo file. Debian and Ubuntu trees cannot be recognised automatically; choose the system by hand.</source>
        <translation>VirtDeck не распознаёт дерево установки по адресу %1: в нём нет файла .treeinfo. Деревья Debian и Ubuntu не распознаются автоматически; выберите систему вручную.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Не удалось связаться с %1: %2</translation>
    </message>
</context>
<context>
    <name>OtherDeviceEditors</name>
    <message>
        <source>Graphics</source>
        <translation>Графика</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Последовательный порт</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Консоль</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Общая папка</translation>
    </message>
    <message>
        <source>Host device (USB or PCI)</source>
        <translation>Устройство хоста (USB или PCI)</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>Сторожевой таймер</translation>
    </message>
    <message>
        <source>Random number generator</source>
        <translation>Генератор случайных чисел</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>A short description shown in the list</source>
        <translation>Краткое описание, показываемое в списке</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Start with the &amp;host</source>
        <translation>Запускать вместе с &amp;хостом</translation>
    </message>
    <message>
        <source>Start with the host</source>
        <translation>Запускать вместе с хостом</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>Гипервизор:</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>Архитектура:</translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation>Машина:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>Прошивка:</translation>
    </message>
    <message>
        <source>Emulator:</source>
        <translation>Эмулятор:</translation>
    </message>
    <message>
        <source>Running system</source>
        <translation>Работающая система</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Операционная система:</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Имя хоста:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Apply title and description</source>
        <translation>Применить заголовок и описание</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Revert title and description</source>
        <translation>Отменить заголовок и описание</translation>
    </message>
    <message>
        <source>Tags and notes</source>
        <translation>Метки и заметки</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Нет подключения.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not reported (no guest agent)</source>
        <translation>не сообщается (нет гостевого агента)</translation>
    </message>
    <message>
        <source>the guest is not running</source>
        <translation>гость не запущен</translation>
    </message>
    <message>
        <source>from the %1</source>
        <translation>из источника: %1</translation>
    </message>
    <message>
        <source>The title is one line.</source>
        <translation>Заголовок — одна строка.</translation>
    </message>
    <message>
        <source>Saved, and changed in the running guest.</source>
        <translation>Сохранено и изменено в работающем госте.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
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
    <name>QObject</name>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 — папка; выберите файл.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 — не обычный файл.</translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions).</source>
        <translation>Не удаётся прочитать %1 (нет прав доступа).</translation>
    </message>
    <message>
        <source>Not well-formed XML (line %1): %2</source>
        <translation>Некорректный XML (строка %1): %2</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>CPU</source>
        <translation>Процессор</translation>
    </message>
    <message>
        <source>CPU weight</source>
        <translation>Вес процессора</translation>
    </message>
    <message>
        <source>The guest&apos;s share of CPU time when the host is busy, relative to other guests (usually 1024).</source>
        <translation>Доля процессорного времени гостя при загруженном хосте относительно других гостей (обычно 1024).</translation>
    </message>
    <message>
        <source>CPU &amp;weight:</source>
        <translation>&amp;Вес процессора:</translation>
    </message>
    <message>
        <source>&amp;Limit CPU use to</source>
        <translation>&amp;Ограничить использование процессора до</translation>
    </message>
    <message>
        <source>Limit CPU use</source>
        <translation>Ограничить использование процессора</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>CPU cap in percent of one host CPU</source>
        <translation>Ограничение процессора в процентах от одного процессора хоста</translation>
    </message>
    <message>
        <source>CPU cap:</source>
        <translation>Ограничение процессора:</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>Дисковый ввод-вывод</translation>
    </message>
    <message>
        <source>Disk I/O weight</source>
        <translation>Вес дискового ввода-вывода</translation>
    </message>
    <message>
        <source>The guest&apos;s share of disk time when disks are busy (10 to 1000).</source>
        <translation>Доля дискового времени гостя при загруженных дисках (от 10 до 1000).</translation>
    </message>
    <message>
        <source>Disk I/O w&amp;eight:</source>
        <translation>В&amp;ес дискового ввода-вывода:</translation>
    </message>
    <message>
        <source>Disk throttles</source>
        <translation>Ограничения дисков</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Read MB/s</source>
        <translation>Чтение, МБ/с</translation>
    </message>
    <message>
        <source>Write MB/s</source>
        <translation>Запись, МБ/с</translation>
    </message>
    <message>
        <source>Read IOPS</source>
        <translation>Чтение, IOPS</translation>
    </message>
    <message>
        <source>Write IOPS</source>
        <translation>Запись, IOPS</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Вступает в силу</translation>
    </message>
    <message>
        <source>0 means no limit. 1 MB/s is 1,000,000 bytes per second.</source>
        <translation>0 — без ограничения. 1 МБ/с — это 1 000 000 байт в секунду.</translation>
    </message>
    <message>
        <source>Memory limits</source>
        <translation>Ограничения памяти</translation>
    </message>
    <message>
        <source>&amp;Hard limit:</source>
        <translation>&amp;Жёсткое ограничение:</translation>
    </message>
    <message>
        <source>&amp;Soft limit:</source>
        <translation>&amp;Мягкое ограничение:</translation>
    </message>
    <message>
        <source>Memory plus s&amp;wap:</source>
        <translation>Память с под&amp;качкой:</translation>
    </message>
    <message>
        <source>Memory hard limit in MiB</source>
        <translation>Жёсткое ограничение памяти в МиБ</translation>
    </message>
    <message>
        <source>Memory soft limit in MiB</source>
        <translation>Мягкое ограничение памяти в МиБ</translation>
    </message>
    <message>
        <source>Memory plus swap limit in MiB</source>
        <translation>Ограничение памяти с подкачкой в МиБ</translation>
    </message>
    <message>
        <source>Hard limit unlimited</source>
        <translation>Жёсткое ограничение не задано</translation>
    </message>
    <message>
        <source>Soft limit unlimited</source>
        <translation>Мягкое ограничение не задано</translation>
    </message>
    <message>
        <source>Memory plus swap unlimited</source>
        <translation>Память с подкачкой без ограничения</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> МиБ</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source>The hard limit stops the guest from using more host memory (too low and the host kills it); the soft limit is what it is pushed back to when the host runs short.</source>
        <translation>Жёсткое ограничение не даёт гостю использовать больше памяти хоста (слишком низкое — и хост его завершит); до мягкого ограничения гостя оттесняют, когда хосту не хватает памяти.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Apply resource controls</source>
        <translation>Применить управление ресурсами</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Revert resource controls</source>
        <translation>Отменить управление ресурсами</translation>
    </message>
    <message>
        <source>applies after restart</source>
        <translation>после перезапуска</translation>
    </message>
    <message>
        <source>Applies after restart</source>
        <translation>После перезапуска</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Нет подключения.</translation>
    </message>
    <message numerus="yes">
        <source>Percent of one host CPU, for the whole guest: 100% is one full host CPU. This guest has %n vCPU(s), so up to %1% can be given.</source>
        <translation>
            <numerusform>Процент одного процессора хоста для всего гостя: 100% — это один процессор хоста целиком. У этого гостя %n vCPU, поэтому можно дать до %1%.</numerusform>
            <numerusform>Процент одного процессора хоста для всего гостя: 100% — это один процессор хоста целиком. У этого гостя %n vCPU, поэтому можно дать до %1%.</numerusform>
            <numerusform>Процент одного процессора хоста для всего гостя: 100% — это один процессор хоста целиком. У этого гостя %n vCPU, поэтому можно дать до %1%.</numerusform>
        </translation>
    </message>
    <message>
        <source>combined limit set elsewhere: %1 MB/s, %2 IOPS (a read or write limit replaces it)</source>
        <translation>общее ограничение задано в другом месте: %1 МБ/с, %2 IOPS (ограничение чтения или записи заменит его)</translation>
    </message>
    <message>
        <source>This guest has no disks to throttle.</source>
        <translation>У этого гостя нет дисков для ограничения.</translation>
    </message>
    <message>
        <source>applied live</source>
        <translation>применено сразу</translation>
    </message>
    <message>
        <source>Disk %1: “%2” is not a number (%3).</source>
        <translation>Диск %1: «%2» — не число (%3).</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the values marked above.</source>
        <translation>Ничего не изменено: исправьте отмеченные выше значения.</translation>
    </message>
    <message>
        <source>Other changes before it were applied.</source>
        <translation>Изменения перед ним были применены.</translation>
    </message>
    <message>
        <source>Saved. Changes marked “applies after restart” take effect when the guest next starts.</source>
        <translation>Сохранено. Изменения с отметкой «после перезапуска» вступят в силу при следующем запуске гостя.</translation>
    </message>
    <message>
        <source>Saved, and changed in the running guest.</source>
        <translation>Сохранено и изменено в работающем госте.</translation>
    </message>
    <message>
        <source>Node %1 — CPUs %2, %3 MiB</source>
        <translation>Узел %1 — процессоры %2, %3 МиБ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source> (%1 MiB free)</source>
        <translation> (свободно %1 МиБ)</translation>
    </message>
    <message>
        <source>NUMA placement</source>
        <translation>Размещение NUMA</translation>
    </message>
    <message>
        <source>NUMA memory mode</source>
        <translation>Режим памяти NUMA</translation>
    </message>
    <message>
        <source>Not set (the host decides)</source>
        <translation>Не задано (решает хост)</translation>
    </message>
    <message>
        <source>Strict: only the chosen nodes</source>
        <translation>Строгий: только выбранные узлы</translation>
    </message>
    <message>
        <source>Interleave: spread over the chosen nodes</source>
        <translation>Чередование: по всем выбранным узлам</translation>
    </message>
    <message>
        <source>Preferred: the chosen node first</source>
        <translation>Предпочтительный: сначала выбранный узел</translation>
    </message>
    <message>
        <source>Restrictive: the chosen nodes, the kernel&apos;s default policy</source>
        <translation>Ограничительный: выбранные узлы, политика ядра по умолчанию</translation>
    </message>
    <message>
        <source>Memory &amp;mode:</source>
        <translation>Режим &amp;памяти:</translation>
    </message>
    <message>
        <source>Host NUMA nodes for the guest&apos;s memory</source>
        <translation>Узлы NUMA хоста для памяти гостя</translation>
    </message>
    <message>
        <source>Host &amp;nodes:</source>
        <translation>&amp;Узлы хоста:</translation>
    </message>
    <message>
        <source>vCPU placement</source>
        <translation>Размещение vCPU</translation>
    </message>
    <message>
        <source>Static: as pinned on the CPU page</source>
        <translation>Статическое: как привязано на странице «Процессор»</translation>
    </message>
    <message>
        <source>Automatic: the host&apos;s numad chooses</source>
        <translation>Автоматическое: выбирает numad хоста</translation>
    </message>
    <message>
        <source>&amp;vCPU placement:</source>
        <translation>Размещение &amp;vCPU:</translation>
    </message>
    <message>
        <source>numad on the host chooses the nodes; without numad running there the guest does not start.</source>
        <translation>Узлы выбирает numad на хосте; если он там не запущен, гость не запустится.</translation>
    </message>
    <message>
        <source>Node %1 — not on this host</source>
        <translation>Узел %1 — нет на этом хосте</translation>
    </message>
    <message>
        <source>This host does not describe its NUMA nodes.</source>
        <translation>Этот хост не описывает свои узлы NUMA.</translation>
    </message>
    <message numerus="yes">
        <source>%n NUMA node(s) on this host.</source>
        <translation>
            <numerusform>На этом хосте %n узел NUMA.</numerusform>
            <numerusform>На этом хосте %n узла NUMA.</numerusform>
            <numerusform>На этом хосте %n узлов NUMA.</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU cap</source>
        <translation>Ограничение процессора</translation>
    </message>
    <message>
        <source>Throttles of disk %1</source>
        <translation>Ограничения диска %1</translation>
    </message>
    <message>
        <source>The other changes were applied.</source>
        <translation>Остальные изменения применены.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>RngEditor</name>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>Virtio</source>
        <translation>Virtio</translation>
    </message>
    <message>
        <source>Virtio (transitional)</source>
        <translation>Virtio (transitional)</translation>
    </message>
    <message>
        <source>Virtio (non-transitional)</source>
        <translation>Virtio (non-transitional)</translation>
    </message>
    <message>
        <source>Entropy &amp;source:</source>
        <translation>&amp;Источник энтропии:</translation>
    </message>
    <message>
        <source>A random device of the host</source>
        <translation>Случайное устройство хоста</translation>
    </message>
    <message>
        <source>QEMU&apos;s own generator</source>
        <translation>Собственный генератор QEMU</translation>
    </message>
    <message>
        <source>An EGD daemon over TCP</source>
        <translation>Демон EGD по TCP</translation>
    </message>
    <message>
        <source>Host &amp;device:</source>
        <translation>&amp;Устройство хоста:</translation>
    </message>
    <message>
        <source>EGD &amp;host:</source>
        <translation>&amp;Хост EGD:</translation>
    </message>
    <message>
        <source>EGD p&amp;ort:</source>
        <translation>П&amp;орт EGD:</translation>
    </message>
    <message>
        <source>&amp;Limit the rate</source>
        <translation>&amp;Ограничить скорость</translation>
    </message>
    <message>
        <source>&amp;Bytes per period:</source>
        <translation>&amp;Байт за период:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>QEMU default</source>
        <translation>По умолчанию QEMU</translation>
    </message>
    <message>
        <source>Enter the host the EGD daemon runs on.</source>
        <translation>Введите хост, на котором работает демон EGD.</translation>
    </message>
    <message>
        <source>Choose a port from 1 to 65535.</source>
        <translation>Выберите порт от 1 до 65535.</translation>
    </message>
    <message>
        <source>Allow at least one byte per period, or turn the limit off.</source>
        <translation>Разрешите хотя бы один байт за период или выключите ограничение.</translation>
    </message>
    <message>
        <source>QEMU reads /dev/urandom.</source>
        <translation>QEMU читает /dev/urandom.</translation>
    </message>
</context>
<context>
    <name>Rollback</name>
    <message>
        <source>Removed the definition of %1</source>
        <translation>Удалено определение %1</translation>
    </message>
    <message>
        <source>Could not remove the definition of %1: %2</source>
        <translation>Не удалось удалить определение %1: %2</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Удалено: %1</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>Не удалось удалить %1: %2</translation>
    </message>
    <message>
        <source>Removed the storage pool %1 (its folder is kept)</source>
        <translation>Удалён пул хранения %1 (его папка сохранена)</translation>
    </message>
    <message>
        <source>Could not remove the storage pool %1: %2</source>
        <translation>Не удалось удалить пул хранения %1: %2</translation>
    </message>
</context>
<context>
    <name>RootfsBootstrap</name>
    <message>
        <source>Downloading packages…</source>
        <translation>Загрузка пакетов…</translation>
    </message>
    <message>
        <source>Extracting packages…</source>
        <translation>Извлечение пакетов…</translation>
    </message>
    <message>
        <source>Unpacking packages…</source>
        <translation>Распаковка пакетов…</translation>
    </message>
    <message>
        <source>Configuring packages…</source>
        <translation>Настройка пакетов…</translation>
    </message>
    <message>
        <source>Choose the folder for the new root file system.</source>
        <translation>Выберите папку для новой корневой файловой системы.</translation>
    </message>
    <message>
        <source>Enter a full path starting with &quot;/&quot;.</source>
        <translation>Введите полный путь, начинающийся с «/».</translation>
    </message>
    <message>
        <source>The host&apos;s own root folder cannot hold a container&apos;s files.</source>
        <translation>Корневая папка самого хоста не может содержать файлы контейнера.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 — файл, а не папка.</translation>
    </message>
    <message>
        <source>%1 already holds files. Choose an empty or new folder: VirtDeck never writes into (or deletes) files it did not make.</source>
        <translation>В %1 уже есть файлы. Выберите пустую или новую папку: VirtDeck никогда не записывает в файлы, созданные не им, и не удаляет их.</translation>
    </message>
    <message>
        <source>%1 is not writable.</source>
        <translation>Нет прав на запись в %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; the new folder is made inside an existing one.</source>
        <translation>Папка %1 не существует; новая папка создаётся внутри существующей.</translation>
    </message>
    <message>
        <source>Cannot make a folder in %1 (not writable).</source>
        <translation>Невозможно создать папку в %1 (нет прав на запись).</translation>
    </message>
    <message>
        <source>Enter the address of a Debian mirror, e.g. %1.</source>
        <translation>Введите адрес зеркала Debian, например %1.</translation>
    </message>
    <message>
        <source>The mirror must be an http:// or https:// address with a host name.</source>
        <translation>Адрес зеркала должен начинаться с http:// или https:// и содержать имя хоста.</translation>
    </message>
    <message>
        <source>The name %1 cannot be resolved (no DNS, or no network).</source>
        <translation>Не удаётся разрешить имя %1 (нет DNS или сети).</translation>
    </message>
    <message>
        <source>%1 does not answer on port %2.</source>
        <translation>%1 не отвечает на порту %2.</translation>
    </message>
    <message>
        <source>Root file system ready</source>
        <translation>Корневая файловая система готова</translation>
    </message>
    <message>
        <source>Making a Debian %1 root file system in %2</source>
        <translation>Создание корневой файловой системы Debian %1 в %2</translation>
    </message>
    <message>
        <source>debootstrap is not installed</source>
        <translation>debootstrap не установлен</translation>
    </message>
    <message>
        <source>Making a Debian root file system needs the debootstrap program on this computer.</source>
        <translation>Для создания корневой файловой системы Debian на этом компьютере нужна программа debootstrap.</translation>
    </message>
    <message>
        <source>Install it (apt install debootstrap), or choose an existing root file system folder.</source>
        <translation>Установите её (apt install debootstrap) или выберите существующую папку с корневой файловой системой.</translation>
    </message>
    <message>
        <source>The folder cannot be used</source>
        <translation>Эту папку нельзя использовать</translation>
    </message>
    <message>
        <source>Checking the mirror…</source>
        <translation>Проверка зеркала…</translation>
    </message>
    <message>
        <source>The Debian mirror cannot be reached</source>
        <translation>Зеркало Debian недоступно</translation>
    </message>
    <message>
        <source>%1 (mirror %2)</source>
        <translation>%1 (зеркало %2)</translation>
    </message>
    <message>
        <source>Check this computer&apos;s internet connection and the mirror address, or set http_proxy for a proxy.</source>
        <translation>Проверьте подключение этого компьютера к интернету и адрес зеркала или задайте http_proxy для работы через прокси.</translation>
    </message>
    <message>
        <source>Cannot make the folder</source>
        <translation>Не удалось создать папку</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>Не удалось создать %1.</translation>
    </message>
    <message>
        <source>debootstrap did not start</source>
        <translation>debootstrap не запустился</translation>
    </message>
    <message>
        <source>Starting debootstrap…</source>
        <translation>Запуск debootstrap…</translation>
    </message>
    <message>
        <source>debootstrap stopped</source>
        <translation>debootstrap остановлен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Making the root file system was cancelled.</source>
        <translation>Создание корневой файловой системы отменено.</translation>
    </message>
    <message>
        <source>The Debian mirror could not be used</source>
        <translation>Не удалось использовать зеркало Debian</translation>
    </message>
    <message>
        <source>debootstrap could not download %1 from %2: %3</source>
        <translation>debootstrap не смог загрузить %1 с %2: %3</translation>
    </message>
    <message>
        <source>Check the mirror address, the release name and this computer&apos;s internet connection.</source>
        <translation>Проверьте адрес зеркала, название выпуска и подключение этого компьютера к интернету.</translation>
    </message>
    <message>
        <source>debootstrap needs root</source>
        <translation>debootstrap требует прав root</translation>
    </message>
    <message>
        <source>debootstrap must run as root to make a root file system: %1</source>
        <translation>Для создания корневой файловой системы debootstrap должен работать от имени root: %1</translation>
    </message>
    <message>
        <source>Run VirtDeck as root, or make the root file system with sudo debootstrap and choose that folder.</source>
        <translation>Запустите VirtDeck от имени root или создайте корневую файловую систему командой sudo debootstrap и выберите эту папку.</translation>
    </message>
    <message>
        <source>Unknown Debian release</source>
        <translation>Неизвестный выпуск Debian</translation>
    </message>
    <message>
        <source>This debootstrap does not know the release %1.</source>
        <translation>Эта версия debootstrap не знает выпуск %1.</translation>
    </message>
    <message>
        <source>Choose another release, or update debootstrap.</source>
        <translation>Выберите другой выпуск или обновите debootstrap.</translation>
    </message>
    <message>
        <source>debootstrap failed</source>
        <translation>Ошибка debootstrap</translation>
    </message>
    <message>
        <source>debootstrap ended with exit code %1; the log shows its output.</source>
        <translation>debootstrap завершился с кодом %1; его вывод показан в журнале.</translation>
    </message>
    <message>
        <source>Unmounted %1</source>
        <translation>Отмонтировано: %1</translation>
    </message>
    <message>
        <source>Could not unmount %1: %2</source>
        <translation>Не удалось отмонтировать %1: %2</translation>
    </message>
    <message>
        <source>Left %1 in place: file systems are still mounted inside it.</source>
        <translation>Папка %1 оставлена на месте: внутри неё ещё смонтированы файловые системы.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Удалено: %1</translation>
    </message>
    <message>
        <source>Could not delete all of %1</source>
        <translation>Не удалось полностью удалить %1</translation>
    </message>
    <message>
        <source>Emptied %1 again</source>
        <translation>Папка %1 снова очищена</translation>
    </message>
    <message>
        <source>Could not empty all of %1</source>
        <translation>Не удалось полностью очистить %1</translation>
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
    <name>SerialEditor</name>
    <message>
        <source>&amp;Connected to:</source>
        <translation>&amp;Подключено к:</translation>
    </message>
    <message>
        <source>A pseudo terminal (the text console)</source>
        <translation>Псевдотерминал (текстовая консоль)</translation>
    </message>
    <message>
        <source>A file (output only)</source>
        <translation>Файл (только вывод)</translation>
    </message>
    <message>
        <source>A TCP socket</source>
        <translation>TCP-сокет</translation>
    </message>
    <message>
        <source>A Unix socket</source>
        <translation>Unix-сокет</translation>
    </message>
    <message>
        <source>Nothing (discard)</source>
        <translation>Ничего (отбрасывать)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Режим:</translation>
    </message>
    <message>
        <source>Listen (server)</source>
        <translation>Слушать (сервер)</translation>
    </message>
    <message>
        <source>Connect (client)</source>
        <translation>Подключаться (клиент)</translation>
    </message>
    <message>
        <source>&amp;Path on the host:</source>
        <translation>&amp;Путь на хосте:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>П&amp;ротокол:</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <source>Telnet</source>
        <translation>Telnet</translation>
    </message>
    <message>
        <source>&amp;Guest device:</source>
        <translation>Устройство &amp;гостя:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Последовательный порт</translation>
    </message>
    <message>
        <source>Virtio console</source>
        <translation>Консоль virtio</translation>
    </message>
    <message>
        <source>ISA serial port</source>
        <translation>Последовательный порт ISA</translation>
    </message>
    <message>
        <source>USB serial adapter</source>
        <translation>Последовательный USB-адаптер</translation>
    </message>
    <message>
        <source>PCI serial card</source>
        <translation>Последовательная PCI-карта</translation>
    </message>
    <message>
        <source>Enter the path of the file or socket on the host.</source>
        <translation>Введите путь к файлу или сокету на хосте.</translation>
    </message>
    <message>
        <source>Enter an absolute path, starting with “/”, such as /var/log/guest-serial.log.</source>
        <translation>Введите абсолютный путь, начинающийся с «/», например /var/log/guest-serial.log.</translation>
    </message>
    <message>
        <source>Enter the host to connect to.</source>
        <translation>Введите хост для подключения.</translation>
    </message>
    <message>
        <source>Enter the address to listen on, such as 127.0.0.1 or 0.0.0.0.</source>
        <translation>Введите адрес для прослушивания, например 127.0.0.1 или 0.0.0.0.</translation>
    </message>
    <message>
        <source>“%1” is neither an IP address nor a host name.</source>
        <translation>«%1» — ни IP-адрес, ни имя хоста.</translation>
    </message>
    <message>
        <source>Choose a port from 1 to 65535.</source>
        <translation>Выберите порт от 1 до 65535.</translation>
    </message>
</context>
<context>
    <name>SoundEditor</name>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>Intel HD Audio (ICH9)</source>
        <translation>Intel HD Audio (ICH9)</translation>
    </message>
    <message>
        <source>Intel HD Audio (ICH6)</source>
        <translation>Intel HD Audio (ICH6)</translation>
    </message>
    <message>
        <source>AC97</source>
        <translation>AC97</translation>
    </message>
    <message>
        <source>Ensoniq ES1370</source>
        <translation>Ensoniq ES1370</translation>
    </message>
    <message>
        <source>Sound Blaster 16</source>
        <translation>Sound Blaster 16</translation>
    </message>
    <message>
        <source>USB audio</source>
        <translation>USB-аудио</translation>
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
    <name>TagsEdit</name>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Comma-separated, for example: web, production</source>
        <translation>Через запятую, например: web, production</translation>
    </message>
    <message>
        <source>Up to %1 tags of letters, digits, “-”, “_” and “.”; the guest list can be filtered by them.</source>
        <translation>До %1 меток из букв, цифр, «-», «_» и «.»; по ним можно фильтровать список гостей.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Anything worth knowing about this guest</source>
        <translation>Всё, что стоит знать об этом госте</translation>
    </message>
    <message>
        <source>Apply tags and n&amp;otes</source>
        <translation>Применить метки и з&amp;аметки</translation>
    </message>
    <message>
        <source>Apply tags and notes</source>
        <translation>Применить метки и заметки</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ме&amp;тки:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Нет подключения.</translation>
    </message>
    <message>
        <source>Tags and notes saved.</source>
        <translation>Метки и заметки сохранены.</translation>
    </message>
</context>
<context>
    <name>TemplateDeployer</name>
    <message>
        <source>No template is chosen.</source>
        <translation>Шаблон не выбран.</translation>
    </message>
    <message>
        <source>There are no names for the new guests.</source>
        <translation>Нет имён для новых гостей.</translation>
    </message>
    <message>
        <source>%1 guests were asked for; at most %2 can be made at once.</source>
        <translation>Запрошено гостей: %1; за один раз можно создать не более %2.</translation>
    </message>
    <message>
        <source>The name %1 appears twice.</source>
        <translation>Имя %1 встречается дважды.</translation>
    </message>
    <message>
        <source>A fixed address reaches the guest through cloud-init, which is turned off.</source>
        <translation>Фиксированный адрес передаётся гостю через cloud-init, а он отключён.</translation>
    </message>
    <message>
        <source>Turn cloud-init on, or leave the address empty for DHCP.</source>
        <translation>Включите cloud-init или оставьте адрес пустым, чтобы использовать DHCP.</translation>
    </message>
    <message>
        <source>Start lower in the subnet, or make fewer guests.</source>
        <translation>Начните с адреса пониже в подсети или создайте меньше гостей.</translation>
    </message>
    <message>
        <source>The gateway “%1” is not an IPv4 address.</source>
        <translation>Шлюз «%1» — не IPv4-адрес.</translation>
    </message>
    <message>
        <source>The DNS server “%1” is not an IPv4 address.</source>
        <translation>DNS-сервер «%1» — не IPv4-адрес.</translation>
    </message>
    <message>
        <source>linked clone</source>
        <translation>связанный клон</translation>
    </message>
    <message>
        <source>full copy</source>
        <translation>полная копия</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>%1 was not made: the deployment was cancelled.</source>
        <translation>Гость %1 не создан: развёртывание отменено.</translation>
    </message>
    <message>
        <source>No network card for the address</source>
        <translation>Нет сетевой карты для адреса</translation>
    </message>
    <message>
        <source>The template has no network card, so %1 cannot get the address %2.</source>
        <translation>В шаблоне нет сетевой карты, поэтому %1 не может получить адрес %2.</translation>
    </message>
    <message>
        <source>Add a network card to the template.</source>
        <translation>Добавьте в шаблон сетевую карту.</translation>
    </message>
    <message>
        <source>No storage pool for the cloud-init seed</source>
        <translation>Нет пула хранения для образа cloud-init</translation>
    </message>
    <message>
        <source>The template has no disk in a storage pool, so there is no pool to put %1&apos;s seed in.</source>
        <translation>У шаблона нет диска в пуле хранения, поэтому некуда поместить образ cloud-init для %1.</translation>
    </message>
    <message>
        <source>Choose a storage pool for the new guests.</source>
        <translation>Выберите пул хранения для новых гостей.</translation>
    </message>
    <message>
        <source>No free drive for the cloud-init seed</source>
        <translation>Нет свободного привода для образа cloud-init</translation>
    </message>
    <message>
        <source>Every IDE drive of the template is in use, so %1&apos;s seed CD-ROM cannot be attached.</source>
        <translation>Все IDE-приводы шаблона заняты, поэтому CD-ROM с образом cloud-init для %1 подключить нельзя.</translation>
    </message>
    <message>
        <source>Remove a drive from the template.</source>
        <translation>Удалите из шаблона один из приводов.</translation>
    </message>
    <message>
        <source>%1: cloud-init seed %2</source>
        <translation>%1: образ cloud-init %2</translation>
    </message>
    <message>
        <source>Making %1 (%2 of %3)…</source>
        <translation>Создание %1 (%2 из %3)…</translation>
    </message>
    <message>
        <source>, started</source>
        <translation>, запущен</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <source>Some guests could not be made</source>
        <translation>Не удалось создать некоторых гостей</translation>
    </message>
    <message>
        <source>%1 of %2 guests could not be made; the others were kept.</source>
        <translation>Не удалось создать гостей: %1 из %2; остальные сохранены.</translation>
    </message>
    <message>
        <source>The list shows why for each guest.</source>
        <translation>Причина для каждого гостя указана в списке.</translation>
    </message>
    <message>
        <source>%1 of %2 guests were made before the deployment was cancelled; they were kept.</source>
        <translation>До отмены развёртывания создано гостей: %1 из %2; они сохранены.</translation>
    </message>
    <message>
        <source>Made %1 of %2 guests</source>
        <translation>Создано гостей: %1 из %2</translation>
    </message>
    <message>
        <source>created (%1)</source>
        <translation>создан (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The guests cannot be made</source>
        <translation>Невозможно создать гостей</translation>
    </message>
    <message>
        <source>Uploading the cloud-init seed of %1</source>
        <translation>Отправка образа cloud-init для %1</translation>
    </message>
    <message>
        <source>The cloud-init seed could not be read</source>
        <translation>Не удалось прочитать образ cloud-init</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Many Guests from “%1”</source>
        <translation>Несколько гостей из «%1»</translation>
    </message>
    <message>
        <source>Makes several guests from the template “%1”: each is a clone with its own name, UUID and network card addresses. A guest that cannot be made is reported; the others are kept.</source>
        <translation>Создаёт несколько гостей из шаблона «%1»: каждый — это клон со своим именем, UUID и адресами сетевых карт. Если какого-то гостя создать не удастся, об этом будет сообщено; остальные сохранятся.</translation>
    </message>
    <message>
        <source>Name pattern</source>
        <translation>Шаблон имени</translation>
    </message>
    <message>
        <source>web-{01..20}</source>
        <translation>web-{01..20}</translation>
    </message>
    <message>
        <source>web-{01..20} makes web-01 … web-20; a name without a range makes name-1 … name-N with the count below.</source>
        <translation>web-{01..20} создаёт web-01 … web-20; имя без диапазона создаёт имя-1 … имя-N по числу, указанному ниже.</translation>
    </message>
    <message>
        <source>Number of guests</source>
        <translation>Число гостей</translation>
    </message>
    <message>
        <source>guests (for a name without a {first..last} range)</source>
        <translation>гостей (для имени без диапазона {первый..последний})</translation>
    </message>
    <message>
        <source>Names that will be made</source>
        <translation>Имена, которые будут созданы</translation>
    </message>
    <message>
        <source>Problem with the names</source>
        <translation>Проблема с именами</translation>
    </message>
    <message>
        <source>&amp;Linked clones (qcow2 backing files, fast, need the template kept)</source>
        <translation>&amp;Связанные клоны (базовые файлы qcow2, быстро, шаблон должен сохраняться)</translation>
    </message>
    <message>
        <source>Linked clones</source>
        <translation>Связанные клоны</translation>
    </message>
    <message>
        <source>&amp;Full copies: each guest gets copies of every disk</source>
        <translation>&amp;Полные копии: каждый гость получает копии всех дисков</translation>
    </message>
    <message>
        <source>Full copies</source>
        <translation>Полные копии</translation>
    </message>
    <message>
        <source>State of the template</source>
        <translation>Состояние шаблона</translation>
    </message>
    <message>
        <source>Set &amp;hostname and static IP through cloud-init (for cloud images)</source>
        <translation>&amp;Задать имя хоста и статический IP через cloud-init (для облачных образов)</translation>
    </message>
    <message>
        <source>Set hostname and static IP through cloud-init</source>
        <translation>Задать имя хоста и статический IP через cloud-init</translation>
    </message>
    <message>
        <source>Start address</source>
        <translation>Начальный адрес</translation>
    </message>
    <message>
        <source>192.168.122.50/24; empty: DHCP</source>
        <translation>192.168.122.50/24; пусто — DHCP</translation>
    </message>
    <message>
        <source>Problem with the start address</source>
        <translation>Проблема с начальным адресом</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>192.168.122.1</source>
        <translation>192.168.122.1</translation>
    </message>
    <message>
        <source>Problem with the gateway</source>
        <translation>Проблема со шлюзом</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS-серверы</translation>
    </message>
    <message>
        <source>192.168.122.1, 9.9.9.9</source>
        <translation>192.168.122.1, 9.9.9.9</translation>
    </message>
    <message>
        <source>Problem with the DNS servers</source>
        <translation>Проблема с DNS-серверами</translation>
    </message>
    <message>
        <source>&amp;Start address:</source>
        <translation>&amp;Начальный адрес:</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Шлюз:</translation>
    </message>
    <message>
        <source>&amp;DNS:</source>
        <translation>&amp;DNS:</translation>
    </message>
    <message>
        <source>S&amp;tart each guest once it is made</source>
        <translation>Запускать &amp;каждого гостя после создания</translation>
    </message>
    <message>
        <source>Start each guest</source>
        <translation>Запускать каждого гостя</translation>
    </message>
    <message>
        <source>Why Create is disabled</source>
        <translation>Почему создание недоступно</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Имена:</translation>
    </message>
    <message>
        <source>Disks:</source>
        <translation>Диски:</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Текущий шаг</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Guests being made</source>
        <translation>Создаваемые гости</translation>
    </message>
    <message>
        <source>Deployment log</source>
        <translation>Журнал развёртывания</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>Созд&amp;ать</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
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
    <message>
        <source>A guest named %1 already exists on this host.</source>
        <translation>На этом хосте уже есть гость с именем %1.</translation>
    </message>
    <message>
        <source>Every one of these names is already used on this host.</source>
        <translation>Все эти имена уже заняты на этом хосте.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address.</source>
        <translation>«%1» — не IPv4-адрес.</translation>
    </message>
    <message>
        <source>A gateway goes with a static address; enter the start address, or leave the gateway empty for DHCP.</source>
        <translation>Шлюз задаётся вместе со статическим адресом; введите начальный адрес или оставьте шлюз пустым для DHCP.</translation>
    </message>
    <message>
        <source>DNS servers go with a static address; enter the start address, or leave them empty for DHCP.</source>
        <translation>DNS-серверы задаются вместе со статическим адресом; введите начальный адрес или оставьте их пустыми для DHCP.</translation>
    </message>
    <message>
        <source>Checking %1 and the host&apos;s guests…</source>
        <translation>Проверка %1 и гостей хоста…</translation>
    </message>
    <message>
        <source>1 guest: %1</source>
        <translation>1 гость: %1</translation>
    </message>
    <message>
        <source>%1 guests: %2</source>
        <translation>Гостей — %1: %2</translation>
    </message>
    <message>
        <source>%1 is already used on this host: that guest will fail; the others are made.</source>
        <translation>Имя %1 уже занято на этом хосте: этот гость не будет создан, остальные будут.</translation>
    </message>
    <message>
        <source>%1 names are already used on this host (%2): those guests will fail; the others are made.</source>
        <translation>На этом хосте уже занято имён: %1 (%2); эти гости не будут созданы, остальные будут.</translation>
    </message>
    <message>
        <source>Empty: the guests take their addresses from DHCP; cloud-init still sets their host names.</source>
        <translation>Пусто: гости получат адреса по DHCP; имена хостов всё равно задаст cloud-init.</translation>
    </message>
    <message>
        <source>%1 gets %2.</source>
        <translation>%1 получит %2.</translation>
    </message>
    <message>
        <source>%1 gets %2, … %3 gets %4.</source>
        <translation>%1 получит %2, … %3 получит %4.</translation>
    </message>
    <message>
        <source>Create is disabled: %1</source>
        <translation>Создание недоступно: %1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>%1 is shut off. Keep it shut off and unchanged for as long as its linked clones exist: they read its disks as their base.</source>
        <translation>%1 выключен. Держите его выключенным и неизменным, пока существуют его связанные клоны: они используют его диски как базовые.</translation>
    </message>
    <message>
        <source>%1 is shut off, as it must be while its disks are copied.</source>
        <translation>%1 выключен, как и требуется при копировании его дисков.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>создание</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>not made</source>
        <translation>не создан</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Stopping after the guest being made…</source>
        <translation>Остановка после создания текущего гостя…</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создан</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>The guest was made and started.</source>
        <translation>Гость создан и запущен.</translation>
    </message>
    <message>
        <source>The guest was made.</source>
        <translation>Гость создан.</translation>
    </message>
    <message>
        <source>All %1 guests were made and started.</source>
        <translation>Все гости (%1) созданы и запущены.</translation>
    </message>
    <message>
        <source>All %1 guests were made.</source>
        <translation>Все гости (%1) созданы.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Finished with failures</source>
        <translation>Завершено с ошибками</translation>
    </message>
    <message>
        <source>No guest was made.</source>
        <translation>Ни один гость не создан.</translation>
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
    <name>TpmEditor</name>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>CRB (TPM 2.0 only)</source>
        <translation>CRB (только TPM 2.0)</translation>
    </message>
    <message>
        <source>TIS</source>
        <translation>TIS</translation>
    </message>
    <message>
        <source>sPAPR (POWER)</source>
        <translation>sPAPR (POWER)</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Бэкенд:</translation>
    </message>
    <message>
        <source>Emulated TPM (swtpm)</source>
        <translation>Эмулируемый TPM (swtpm)</translation>
    </message>
    <message>
        <source>The host&apos;s TPM (passthrough)</source>
        <translation>TPM хоста (проброс)</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Версия:</translation>
    </message>
    <message>
        <source>2.0</source>
        <translation>2.0</translation>
    </message>
    <message>
        <source>1.2</source>
        <translation>1.2</translation>
    </message>
    <message>
        <source>Host &amp;device:</source>
        <translation>&amp;Устройство хоста:</translation>
    </message>
    <message>
        <source>The CRB model works only with TPM 2.0. Choose version 2.0, or the TIS model for TPM 1.2.</source>
        <translation>Модель CRB работает только с TPM 2.0. Выберите версию 2.0 или модель TIS для TPM 1.2.</translation>
    </message>
    <message>
        <source>Enter the host device&apos;s absolute path, such as /dev/tpm0.</source>
        <translation>Введите абсолютный путь к устройству хоста, например /dev/tpm0.</translation>
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
    <name>VideoEditor</name>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>Virtio (recommended for modern guests)</source>
        <translation>Virtio (рекомендуется для современных гостей)</translation>
    </message>
    <message>
        <source>QXL (for SPICE)</source>
        <translation>QXL (для SPICE)</translation>
    </message>
    <message>
        <source>Standard VGA</source>
        <translation>Стандартный VGA</translation>
    </message>
    <message>
        <source>Bochs display</source>
        <translation>Дисплей Bochs</translation>
    </message>
    <message>
        <source>Cirrus (very old guests)</source>
        <translation>Cirrus (очень старые гости)</translation>
    </message>
    <message>
        <source>Ramfb (boot display)</source>
        <translation>Ramfb (дисплей загрузки)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Video &amp;memory:</source>
        <translation>&amp;Видеопамять:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> МиБ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>&amp;Heads (monitors):</source>
        <translation>&amp;Выходы (мониторы):</translation>
    </message>
    <message>
        <source>&amp;3D acceleration (virgl)</source>
        <translation>&amp;3D-ускорение (virgl)</translation>
    </message>
    <message>
        <source>Video memory must be a power of two: 16, 32, 64, 128 MiB and so on.</source>
        <translation>Видеопамять должна быть степенью двойки: 16, 32, 64, 128 МиБ и так далее.</translation>
    </message>
    <message>
        <source>3D acceleration also needs OpenGL on the display: SPICE with OpenGL enabled, or an egl-headless display.</source>
        <translation>3D-ускорению нужен и OpenGL на дисплее: SPICE с включённым OpenGL или дисплей egl-headless.</translation>
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
<context>
    <name>WatchdogEditor</name>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>Intel 6300ESB (PCI)</source>
        <translation>Intel 6300ESB (PCI)</translation>
    </message>
    <message>
        <source>iBase IB700 (ISA)</source>
        <translation>iBase IB700 (ISA)</translation>
    </message>
    <message>
        <source>Intel iTCO (built into Q35)</source>
        <translation>Intel iTCO (встроен в Q35)</translation>
    </message>
    <message>
        <source>DIAG288 (s390x)</source>
        <translation>DIAG288 (s390x)</translation>
    </message>
    <message>
        <source>When the guest &amp;hangs:</source>
        <translation>Когда гость &amp;зависает:</translation>
    </message>
    <message>
        <source>Reset the guest</source>
        <translation>Сбросить гостя</translation>
    </message>
    <message>
        <source>Shut the guest down gracefully</source>
        <translation>Корректно выключить гостя</translation>
    </message>
    <message>
        <source>Power the guest off</source>
        <translation>Отключить питание гостя</translation>
    </message>
    <message>
        <source>Pause the guest</source>
        <translation>Приостановить гостя</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Ничего не делать</translation>
    </message>
    <message>
        <source>Save a memory dump, then continue</source>
        <translation>Сохранить дамп памяти и продолжить</translation>
    </message>
    <message>
        <source>Send the guest an NMI</source>
        <translation>Послать гостю NMI</translation>
    </message>
    <message>
        <source>The iTCO watchdog exists only on Q35 machines: choose the Intel 6300ESB instead.</source>
        <translation>Сторожевой таймер iTCO есть только на машинах Q35: выберите вместо него Intel 6300ESB.</translation>
    </message>
    <message>
        <source>DIAG288 exists only on s390x guests: choose the Intel 6300ESB instead.</source>
        <translation>DIAG288 есть только у гостей s390x: выберите вместо него Intel 6300ESB.</translation>
    </message>
    <message>
        <source>s390x guests have only the DIAG288 watchdog.</source>
        <translation>У гостей s390x есть только сторожевой таймер DIAG288.</translation>
    </message>
</context>
<context>
    <name>XmlPage</name>
    <message>
        <source>Configuration XML</source>
        <translation>XML конфигурации</translation>
    </message>
    <message>
        <source>Changes against the current configuration</source>
        <translation>Отличия от текущей конфигурации</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Изменений нет</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Apply the configuration</source>
        <translation>Применить конфигурацию</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Revert to the current configuration</source>
        <translation>Вернуться к текущей конфигурации</translation>
    </message>
    <message>
        <source>The guest&apos;s configuration. libvirt checks it before anything is changed; changes apply at the next start.</source>
        <translation>Конфигурация гостя. libvirt проверяет её до того, как что-либо изменится; изменения вступят в силу при следующем запуске.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 не подключён.</translation>
    </message>
    <message>
        <source>Saved. Changes to a running guest apply at its next start.</source>
        <translation>Сохранено. Изменения работающего гостя вступят в силу при следующем запуске.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Changed, not applied yet</source>
        <translation>Изменено, ещё не применено</translation>
    </message>
    <message>
        <source>Matches the current configuration</source>
        <translation>Совпадает с текущей конфигурацией</translation>
    </message>
</context>
</TS>
