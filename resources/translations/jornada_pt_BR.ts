<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name />
        <message>
            <source>Move %n cards</source>
            <translation>Mover %n cartões</translation>
        </message>
        <message>
            <source>Delete %n cards</source>
            <translation>Excluir %n cartões</translation>
        </message>
        <message>
            <source>Duplicate %n cards</source>
            <translation>Duplicar %n cartões</translation>
        </message>
        <message>
            <source>Paste %n cards</source>
            <translation>Colar %n cartões</translation>
        </message>
        <message>
            <source>Cut %n cards</source>
            <translation>Recortar %n cartões</translation>
        </message>
        <message>
            <source>Add %n cards</source>
            <translation>Adicionar %n cartões</translation>
        </message>
        <message>
            <source>Move touchpoint</source>
            <translation>Mover ponto de contato</translation>
        </message>
        <message>
            <source>Move action</source>
            <translation>Mover ação</translation>
        </message>
        <message>
            <source>Move pain point</source>
            <translation>Mover ponto de dor</translation>
        </message>
        <message>
            <source>Move opportunity</source>
            <translation>Mover oportunidade</translation>
        </message>
        <message>
            <source>Move note</source>
            <translation>Mover nota</translation>
        </message>
        <message>
            <source>Move text</source>
            <translation>Mover texto</translation>
        </message>
        <message>
            <source>Add touchpoint</source>
            <translation>Adicionar ponto de contato</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Adicionar ação</translation>
        </message>
        <message>
            <source>Add pain point</source>
            <translation>Adicionar ponto de dor</translation>
        </message>
        <message>
            <source>Add opportunity</source>
            <translation>Adicionar oportunidade</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Adicionar nota</translation>
        </message>
        <message>
            <source>Add text</source>
            <translation>Adicionar texto</translation>
        </message>
        <message>
            <source>Delete touchpoint</source>
            <translation>Excluir ponto de contato</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Excluir ação</translation>
        </message>
        <message>
            <source>Delete pain point</source>
            <translation>Excluir ponto de dor</translation>
        </message>
        <message>
            <source>Delete opportunity</source>
            <translation>Excluir oportunidade</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Excluir nota</translation>
        </message>
        <message>
            <source>Delete text</source>
            <translation>Excluir texto</translation>
        </message>
        <message>
            <source>Edit touchpoint</source>
            <translation>Editar ponto de contato</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Editar ação</translation>
        </message>
        <message>
            <source>Edit pain point</source>
            <translation>Editar ponto de dor</translation>
        </message>
        <message>
            <source>Edit opportunity</source>
            <translation>Editar oportunidade</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Editar nota</translation>
        </message>
        <message>
            <source>Edit text</source>
            <translation>Editar texto</translation>
        </message>
        <message>
            <source>Duplicate touchpoint</source>
            <translation>Duplicar ponto de contato</translation>
        </message>
        <message>
            <source>Duplicate action</source>
            <translation>Duplicar ação</translation>
        </message>
        <message>
            <source>Duplicate pain point</source>
            <translation>Duplicar ponto de dor</translation>
        </message>
        <message>
            <source>Duplicate opportunity</source>
            <translation>Duplicar oportunidade</translation>
        </message>
        <message>
            <source>Duplicate note</source>
            <translation>Duplicar nota</translation>
        </message>
        <message>
            <source>Duplicate text</source>
            <translation>Duplicar texto</translation>
        </message>
        <message>
            <source>Paste touchpoint</source>
            <translation>Colar ponto de contato</translation>
        </message>
        <message>
            <source>Paste action</source>
            <translation>Colar ação</translation>
        </message>
        <message>
            <source>Paste pain point</source>
            <translation>Colar ponto de dor</translation>
        </message>
        <message>
            <source>Paste opportunity</source>
            <translation>Colar oportunidade</translation>
        </message>
        <message>
            <source>Paste note</source>
            <translation>Colar nota</translation>
        </message>
        <message>
            <source>Paste text</source>
            <translation>Colar texto</translation>
        </message>
        <message>
            <source>Cut touchpoint</source>
            <translation>Recortar ponto de contato</translation>
        </message>
        <message>
            <source>Cut action</source>
            <translation>Recortar ação</translation>
        </message>
        <message>
            <source>Cut pain point</source>
            <translation>Recortar ponto de dor</translation>
        </message>
        <message>
            <source>Cut opportunity</source>
            <translation>Recortar oportunidade</translation>
        </message>
        <message>
            <source>Cut note</source>
            <translation>Recortar nota</translation>
        </message>
        <message>
            <source>Cut text</source>
            <translation>Recortar texto</translation>
        </message>
        <message>
            <source>New touchpoint</source>
            <translation>Novo ponto de contato</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nova ação</translation>
        </message>
        <message>
            <source>New pain point</source>
            <translation>Novo ponto de dor</translation>
        </message>
        <message>
            <source>New opportunity</source>
            <translation>Nova oportunidade</translation>
        </message>
        <message>
            <source>New text</source>
            <translation>Novo texto</translation>
        </message>
        <message>
            <source>New card</source>
            <translation>Novo cartão</translation>
        </message>
        <message>
            <source>This file is open read-only; the change was not saved.</source>
            <translation>Este arquivo está aberto somente para leitura; a alteração não foi salva.</translation>
        </message>
        <message>
            <source>Mark observed</source>
            <translation>Marcar como observado</translation>
        </message>
        <message>
            <source>Change emotion</source>
            <translation>Alterar emoção</translation>
        </message>
        <message>
            <source>Add note to card</source>
            <translation>Adicionar nota ao cartão</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Adicionar etapa</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Adicionar raia</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>Nova etapa</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>Renomear etapa</translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>Renomear raia</translation>
        </message>
        <message>
            <source>Rename journey</source>
            <translation>Renomear jornada</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renomear</translation>
        </message>
        <message>
            <source>Recolour stage</source>
            <translation>Mudar a cor da etapa</translation>
        </message>
        <message>
            <source>Hide lane</source>
            <translation>Ocultar raia</translation>
        </message>
        <message>
            <source>Show lane</source>
            <translation>Mostrar raia</translation>
        </message>
        <message>
            <source>Change lane type</source>
            <translation>Alterar o tipo da raia</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Excluir etapa</translation>
        </message>
        <message>
            <source>Delete lane</source>
            <translation>Excluir raia</translation>
        </message>
        <message>
            <source>Reorder stages</source>
            <translation>Reordenar etapas</translation>
        </message>
        <message>
            <source>Reorder lanes</source>
            <translation>Reordenar raias</translation>
        </message>
        <message>
            <source>Reorder journeys</source>
            <translation>Reordenar jornadas</translation>
        </message>
        <message>
            <source>Reorder</source>
            <translation>Reordenar</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>During</source>
            <translation>Durante</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Depois</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Pontos de contato</translation>
        </message>
        <message>
            <source>Customer actions</source>
            <translation>Ações do cliente</translation>
        </message>
        <message>
            <source>Emotions</source>
            <translation>Emoções</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Pontos de dor</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Oportunidades</translation>
        </message>
        <message>
            <source>Add journey</source>
            <translation>Adicionar jornada</translation>
        </message>
        <message>
            <source>Duplicate journey</source>
            <translation>Duplicar jornada</translation>
        </message>
        <message>
            <source>Delete journey</source>
            <translation>Excluir jornada</translation>
        </message>
        <message>
            <source> since %1</source>
            <translation> desde %1</translation>
        </message>
        <message>
            <source>%1 has used all %2 votes.</source>
            <translation type="vanished">%1 já usou os %2 votos.</translation>
        </message>
        <message>
            <source>&amp;Insights dashboard</source>
            <translation>Painel de &amp;indicadores</translation>
        </message>
        <message>
            <source>&amp;Take over (the other computer is off)</source>
            <translation>&amp;Assumir (o outro computador está desligado)</translation>
        </message>
        <message>
            <source>(no card)</source>
            <translation>(sem cartão)</translation>
        </message>
        <message>
            <source>(no stage)</source>
            <translation>(sem etapa)</translation>
        </message>
        <message>
            <source>(no touchpoint)</source>
            <translation>(sem ponto de contato)</translation>
        </message>
        <message>
            <source>(whole journey)</source>
            <translation>(jornada inteira)</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Realizado</translation>
        </message>
        <message>
            <source>Add &amp;improvement for selected card</source>
            <translation>Adicionar &amp;melhoria para o cartão selecionado</translation>
        </message>
        <message>
            <source>Add improvement</source>
            <translation>Adicionar melhoria</translation>
        </message>
        <message>
            <source>Add improvement…</source>
            <translation>Adicionar melhoria…</translation>
        </message>
        <message>
            <source>Add metric</source>
            <translation>Adicionar métrica</translation>
        </message>
        <message>
            <source>Add persona</source>
            <translation>Adicionar persona</translation>
        </message>
        <message>
            <source>Add persona to journey</source>
            <translation>Adicionar persona à jornada</translation>
        </message>
        <message>
            <source>Add ↓ or “lower is better” when a smaller value is the better one.</source>
            <translation>Acrescente ↓ ou “menor é melhor” quando um valor menor for o melhor.</translation>
        </message>
        <message>
            <source>All touchpoints</source>
            <translation>Todos os pontos de contato</translation>
        </message>
        <message>
            <source>Another Jornada window is using it.</source>
            <translation>Outra janela do Jornada está usando o arquivo.</translation>
        </message>
        <message>
            <source>As-is (average)</source>
            <translation>Atual (média)</translation>
        </message>
        <message>
            <source>Average emotion per stage</source>
            <translation>Emoção média por etapa</translation>
        </message>
        <message>
            <source>Backlog by status</source>
            <translation>Backlog por situação</translation>
        </message>
        <message>
            <source>Big bets</source>
            <translation>Grandes apostas</translation>
        </message>
        <message>
            <source>CSV: improvement backlog</source>
            <translation>CSV: backlog de melhorias</translation>
        </message>
        <message>
            <source>CSV: touchpoints</source>
            <translation>CSV: pontos de contato</translation>
        </message>
        <message>
            <source>Change votes</source>
            <translation>Alterar votos</translation>
        </message>
        <message>
            <source>Channel: %1</source>
            <translation>Canal: %1</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Escolher uma foto</translation>
        </message>
        <message>
            <source>Click a point to select the improvement in the backlog.</source>
            <translation>Clique num ponto para selecionar a melhoria no backlog.</translation>
        </message>
        <message>
            <source>Close to target</source>
            <translation>Perto da meta</translation>
        </message>
        <message>
            <source>Copy personas</source>
            <translation>Copiar personas</translation>
        </message>
        <message>
            <source>Copy to:</source>
            <translation>Copiar para:</translation>
        </message>
        <message>
            <source>Delete persona</source>
            <translation>Excluir persona</translation>
        </message>
        <message>
            <source>Delete the persona “%1”?</source>
            <translation>Excluir a persona “%1”?</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <source>Department: %1</source>
            <translation>Departamento: %1</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Edit improvement</source>
            <translation>Editar melhoria</translation>
        </message>
        <message>
            <source>Edit metric</source>
            <translation>Editar métrica</translation>
        </message>
        <message>
            <source>Edit persona</source>
            <translation>Editar persona</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Esforço</translation>
        </message>
        <message>
            <source>Effort (1–5)</source>
            <translation>Esforço (1–5)</translation>
        </message>
        <message>
            <source>Emotion: %1</source>
            <translation>Emoção: %1</translation>
        </message>
        <message>
            <source>Evidence: %1</source>
            <translation>Evidência: %1</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Pasta de trabalho do Excel (.xlsx)</translation>
        </message>
        <message>
            <source>Expectations</source>
            <translation>Expectativas</translation>
        </message>
        <message>
            <source>Export persona sheet</source>
            <translation>Exportar ficha da persona</translation>
        </message>
        <message>
            <source>File in use</source>
            <translation>Arquivo em uso</translation>
        </message>
        <message>
            <source>Fill-ins</source>
            <translation>Tarefas de encaixe</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Acompanhamento</translation>
        </message>
        <message>
            <source>Frustrations</source>
            <translation>Frustrações</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <source>Happiness index per stage</source>
            <translation>Índice de felicidade por etapa</translation>
        </message>
        <message>
            <source>Higher is better</source>
            <translation>Maior é melhor</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
            <translation>Imagens (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impacto</translation>
        </message>
        <message>
            <source>Impact (1–5)</source>
            <translation>Impacto (1–5)</translation>
        </message>
        <message>
            <source>Impact × effort</source>
            <translation>Impacto × esforço</translation>
        </message>
        <message>
            <source>Impact × effort &amp;matrix</source>
            <translation>Matri&amp;z impacto × esforço</translation>
        </message>
        <message>
            <source>Import personas</source>
            <translation>Importar personas</translation>
        </message>
        <message>
            <source>Import personas from a file</source>
            <translation>Importar personas de um arquivo</translation>
        </message>
        <message>
            <source>Improve: %1</source>
            <translation>Melhorar: %1</translation>
        </message>
        <message>
            <source>Improvement</source>
            <translation>Melhoria</translation>
        </message>
        <message>
            <source>Improvement backlog</source>
            <translation>Backlog de melhorias</translation>
        </message>
        <message>
            <source>Improvements</source>
            <translation>Melhorias</translation>
        </message>
        <message>
            <source>It is open in another Jornada window (process %1, %2)</source>
            <translation>Ele está aberto em outra janela do Jornada (processo %1, %2)</translation>
        </message>
        <message>
            <source>JSON: journey with its personas</source>
            <translation>JSON: jornada com suas personas</translation>
        </message>
        <message>
            <source>Jornada files (*.jornada);;All files (*)</source>
            <translation>Arquivos do Jornada (*.jornada);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Journey</source>
            <translation>Jornada</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Linked card</source>
            <translation>Cartão ligado</translation>
        </message>
        <message>
            <source>Lower is better</source>
            <translation>Menor é melhor</translation>
        </message>
        <message>
            <source>Measured on</source>
            <translation>Medido em</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Métrica</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Métricas</translation>
        </message>
        <message>
            <source>Money pits</source>
            <translation>Ralos de dinheiro</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>New improvement</source>
            <translation>Nova melhoria</translation>
        </message>
        <message>
            <source>New metric</source>
            <translation>Nova métrica</translation>
        </message>
        <message>
            <source>New persona</source>
            <translation>Nova persona</translation>
        </message>
        <message>
            <source>No target or value</source>
            <translation>Sem meta ou valor</translation>
        </message>
        <message>
            <source>Off target</source>
            <translation>Fora da meta</translation>
        </message>
        <message>
            <source>On target</source>
            <translation>Na meta</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>Abrir somente para &amp;leitura</translation>
        </message>
        <message>
            <source>Open the other file in a second Jornada window first, then copy.</source>
            <translation>Abra antes o outro arquivo numa segunda janela do Jornada e depois copie.</translation>
        </message>
        <message>
            <source>Overdue: the follow-up or due date has passed.</source>
            <translation>Atrasada: a data de acompanhamento ou o prazo já passou.</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>PDF document (*.pdf);;PNG image (*.png)</source>
            <translation>Documento PDF (*.pdf);;Imagem PNG (*.png)</translation>
        </message>
        <message>
            <source>PDF document (vector)</source>
            <translation>Documento PDF (vetorial)</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>Imagem PNG</translation>
        </message>
        <message>
            <source>Pain points per stage</source>
            <translation>Pontos de dor por etapa</translation>
        </message>
        <message>
            <source>Persona colour</source>
            <translation>Cor da persona</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Personas in “%1”:</source>
            <translation>Personas em “%1”:</translation>
        </message>
        <message>
            <source>Please choose a name ending in .png or .pdf.</source>
            <translation>Escolha um nome terminado em .png ou .pdf.</translation>
        </message>
        <message>
            <source>Please give the improvement a title.</source>
            <translation>Dê um título à melhoria.</translation>
        </message>
        <message>
            <source>Please give the persona a name.</source>
            <translation>Dê um nome à persona.</translation>
        </message>
        <message>
            <source>Please type a whole number.</source>
            <translation>Digite um número inteiro.</translation>
        </message>
        <message>
            <source>Positive touchpoints (%)</source>
            <translation>Pontos de contato positivos (%)</translation>
        </message>
        <message>
            <source>Preferred channels</source>
            <translation>Canais preferidos</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridade</translation>
        </message>
        <message>
            <source>Quick wins</source>
            <translation>Ganhos rápidos</translation>
        </message>
        <message>
            <source>Remove persona from journey</source>
            <translation>Remover persona da jornada</translation>
        </message>
        <message>
            <source>Reset votes</source>
            <translation type="vanished">Zerar votos</translation>
        </message>
        <message>
            <source>SVG image (vector)</source>
            <translation>Imagem SVG (vetorial)</translation>
        </message>
        <message>
            <source>Select one card to add an improvement for it.</source>
            <translation>Selecione um cartão para adicionar uma melhoria a ele.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fonte</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Target and actual must be numbers, such as 42 or 4.5 (or left empty).</source>
            <translation>Meta e realizado precisam ser números, como 42 ou 4,5 (ou ficar em branco).</translation>
        </message>
        <message>
            <source>That file has no personas.</source>
            <translation>Esse arquivo não tem personas.</translation>
        </message>
        <message>
            <source>The PDF could not be started.</source>
            <translation>Não foi possível iniciar o PDF.</translation>
        </message>
        <message>
            <source>The file “%1” could not be read.</source>
            <translation>Não foi possível ler o arquivo “%1”.</translation>
        </message>
        <message>
            <source>The vote was not saved.</source>
            <translation type="vanished">O voto não foi salvo.</translation>
        </message>
        <message>
            <source>This file is open read-only; votes cannot be added.</source>
            <translation type="vanished">Este arquivo está aberto somente para leitura; não dá para votar.</translation>
        </message>
        <message>
            <source>This improvement no longer exists.</source>
            <translation type="vanished">Esta melhoria não existe mais.</translation>
        </message>
        <message>
            <source>This participant</source>
            <translation type="vanished">Este participante</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>To-be (average)</source>
            <translation>Futura (média)</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Ponto de contato</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidade</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation type="vanished">Votar</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votos</translation>
        </message>
        <message>
            <source>What should change?</source>
            <translation>O que deve mudar?</translation>
        </message>
        <message>
            <source>Whole journey</source>
            <translation>Jornada inteira</translation>
        </message>
        <message>
            <source>You can open it read-only now and edit it when the other window closes.</source>
            <translation>Você pode abri-lo agora somente para leitura e editá-lo quando a outra janela fechar.</translation>
        </message>
        <message>
            <source>You can undo it.</source>
            <translation>Dá para desfazer.</translation>
        </message>
        <message>
            <source>card</source>
            <translation>cartão</translation>
        </message>
        <message>
            <source>close to target</source>
            <translation>perto da meta</translation>
        </message>
        <message>
            <source>e.g. quarterly survey</source>
            <translation>ex.: pesquisa trimestral</translation>
        </message>
        <message>
            <source>no target or value</source>
            <translation>sem meta ou valor</translation>
        </message>
        <message>
            <source>off target</source>
            <translation>fora da meta</translation>
        </message>
        <message>
            <source>on target</source>
            <translation>na meta</translation>
        </message>
        <message>
            <source>on the computer “%1”</source>
            <translation>no computador “%1”</translation>
        </message>
        <message>
            <source>on this computer</source>
            <translation>neste computador</translation>
        </message>
        <message>
            <source>“%1” already has these personas.</source>
            <translation>“%1” já tem essas personas.</translation>
        </message>
        <message>
            <source>“%1” could not be read as an image (%2).</source>
            <translation>Não foi possível ler “%1” como imagem (%2).</translation>
        </message>
        <message>
            <source>“%1” could not be written (%2).</source>
            <translation>Não foi possível gravar “%1” (%2).</translation>
        </message>
        <message>
            <source>“%1” could not be written.</source>
            <translation>Não foi possível gravar “%1”.</translation>
        </message>
        <message>
            <source>“%1” is already open for editing.</source>
            <translation>“%1” já está aberto para edição.</translation>
        </message>
        <message>
            <source>“%1” is not a file.</source>
            <translation>“%1” não é um arquivo.</translation>
        </message>
        <message>
            <source>“%1” is not an image Jornada can read (use PNG, JPEG, GIF or BMP).</source>
            <translation>“%1” não é uma imagem que o Jornada consiga ler (use PNG, JPEG, GIF ou BMP).</translation>
        </message>
        <message>
            <source>“%1” is too large for a photo (more than 30 MB).</source>
            <translation>“%1” é grande demais para uma foto (mais de 30 MB).</translation>
        </message>
        <message>
            <source>“%1” is too large: %2 × %3 pixels (at most 50 million pixels).</source>
            <translation>“%1” é grande demais: %2 × %3 pixels (no máximo 50 milhões de pixels).</translation>
        </message>
        <message>
            <source>That card is in a hidden lane: show the lane to see it.</source>
            <translation type="vanished">Esse cartão está em uma raia oculta: mostre a raia para vê-lo.</translation>
        </message>
        <message>
            <source>This file is open read-only; improvements cannot be added.</source>
            <translation>Este arquivo está aberto só para leitura; não é possível adicionar melhorias.</translation>
        </message>
        <message>
            <source>%1 already exists; choose another name.</source>
            <translation>%1 já existe; escolha outro nome.</translation>
        </message>
        <message>
            <source>%1 contains parts Jornada never makes; it was not opened, for safety.</source>
            <translation>%1 contém partes que o Jornada nunca cria; por segurança, não foi aberto.</translation>
        </message>
        <message>
            <source>%1 could not be created.</source>
            <translation>Não foi possível criar %1.</translation>
        </message>
        <message>
            <source>%1 could not be read.</source>
            <translation>Não foi possível ler %1.</translation>
        </message>
        <message>
            <source>%1 holds invalid data.</source>
            <translation>%1 contém dados inválidos.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a Jornada file.</source>
            <translation>%1 é uma pasta, não um arquivo do Jornada.</translation>
        </message>
        <message>
            <source>%1 is an SQLite database of another application, not a Jornada file.</source>
            <translation>%1 é um banco de dados SQLite de outro aplicativo, não um arquivo do Jornada.</translation>
        </message>
        <message>
            <source>%1 is damaged and cannot be read.</source>
            <translation>%1 está danificado e não pode ser lido.</translation>
        </message>
        <message>
            <source>%1 is empty (0 bytes); it is not a Jornada file.</source>
            <translation>%1 está vazio (0 bytes); não é um arquivo do Jornada.</translation>
        </message>
        <message>
            <source>%1 is incomplete: a column Jornada needs is missing.</source>
            <translation>%1 está incompleto: falta uma coluna de que o Jornada precisa.</translation>
        </message>
        <message>
            <source>%1 is incomplete: a table Jornada needs is missing.</source>
            <translation>%1 está incompleto: falta uma tabela de que o Jornada precisa.</translation>
        </message>
        <message>
            <source>%1 is not a Jornada file (it is not an SQLite database).</source>
            <translation>%1 não é um arquivo do Jornada (não é um banco de dados SQLite).</translation>
        </message>
        <message>
            <source>%1 was saved by a newer version of Jornada. Please update Jornada.</source>
            <translation>%1 foi salvo por uma versão mais nova do Jornada. Atualize o Jornada.</translation>
        </message>
        <message>
            <source>The file %1 does not exist (it may have been moved or deleted).</source>
            <translation>O arquivo %1 não existe (pode ter sido movido ou apagado).</translation>
        </message>
        <message>
            <source>The folder of %1 does not exist.</source>
            <translation>A pasta de %1 não existe.</translation>
        </message>
        <message>
            <source>You do not have permission to read %1.</source>
            <translation>Você não tem permissão para ler %1.</translation>
        </message>
        <message>
            <source>%1 was moved or deleted while it was open, so the change was not saved. Use “Save a copy as…” to keep your work.</source>
            <translation>%1 foi movido ou apagado enquanto estava aberto, então a alteração não foi salva. Use “Salvar uma cópia como…” para guardar seu trabalho.</translation>
        </message>
        <message>
            <source>%1 was replaced by another file while it was open, so the change was not saved. Use “Save a copy as…” to keep your work.</source>
            <translation>%1 foi substituído por outro arquivo enquanto estava aberto, então a alteração não foi salva. Use “Salvar uma cópia como…” para guardar seu trabalho.</translation>
        </message>
        <message>
            <source>The change could not be saved to %1: another program is using the file. Nothing was changed.</source>
            <translation>Não foi possível salvar a alteração em %1: outro programa está usando o arquivo. Nada foi alterado.</translation>
        </message>
        <message>
            <source>The change could not be saved to %1: the disk is full. Nothing was changed.</source>
            <translation>Não foi possível salvar a alteração em %1: o disco está cheio. Nada foi alterado.</translation>
        </message>
        <message>
            <source>The change could not be saved to %1: the file cannot be written any more (it became read-only). Nothing was changed.</source>
            <translation>Não foi possível salvar a alteração em %1: o arquivo não pode mais ser gravado (ficou somente leitura). Nada foi alterado.</translation>
        </message>
        <message>
            <source>The change could not be saved to %1: the file or its folder is no longer reachable (moved, deleted or on a lost drive). Nothing was changed.</source>
            <translation>Não foi possível salvar a alteração em %1: o arquivo ou sua pasta não está mais acessível (movido, apagado ou em uma unidade desconectada). Nada foi alterado.</translation>
        </message>
        <message>
            <source>%1 %2 already exists.</source>
            <translation>%1 %2 já existe.</translation>
        </message>
        <message>
            <source>%1 %2 belongs to another journey.</source>
            <translation>%1 %2 pertence a outra jornada.</translation>
        </message>
        <message>
            <source>%1 %2 does not exist.</source>
            <translation>%1 %2 não existe.</translation>
        </message>
        <message>
            <source>%1 %2 is still used by other rows.</source>
            <translation>%1 %2 ainda está em uso por outros registros.</translation>
        </message>
        <message>
            <source>%1 cannot be empty.</source>
            <translation>%1 não pode ficar em branco.</translation>
        </message>
        <message>
            <source>%1 is longer than %2 characters.</source>
            <translation>%1 tem mais de %2 caracteres.</translation>
        </message>
        <message>
            <source>%1 is not a card.</source>
            <translation>%1 não é um cartão.</translation>
        </message>
        <message>
            <source>%1 must be a date as YYYY-MM-DD (got %2).</source>
            <translation>%1 deve ser uma data no formato AAAA-MM-DD (recebido: %2).</translation>
        </message>
        <message>
            <source>%1 must be a number (got %2).</source>
            <translation>%1 deve ser um número (recebido: %2).</translation>
        </message>
        <message>
            <source>%1 must be a whole number from %2 to %3 (got %4).</source>
            <translation>%1 deve ser um número inteiro de %2 a %3 (recebido: %4).</translation>
        </message>
        <message>
            <source>%1 must be an object.</source>
            <translation>%1 deve ser um objeto.</translation>
        </message>
        <message>
            <source>%1 must be text.</source>
            <translation>%1 deve ser um texto.</translation>
        </message>
        <message>
            <source>%1, note %2</source>
            <translation>%1, nota %2</translation>
        </message>
        <message>
            <source>%1: its key is missing or repeated.</source>
            <translation>%1: a chave está ausente ou repetida.</translation>
        </message>
        <message>
            <source>%1: its notes are damaged.</source>
            <translation>%1: as notas estão danificadas.</translation>
        </message>
        <message>
            <source>%1: the photo is not valid.</source>
            <translation>%1: a foto não é válida.</translation>
        </message>
        <message>
            <source>%1: “%2” has a value of the wrong type.</source>
            <translation>%1: “%2” tem um valor do tipo errado.</translation>
        </message>
        <message>
            <source>%1: “%2” is a number too large.</source>
            <translation>%1: “%2” é um número grande demais.</translation>
        </message>
        <message>
            <source>%1: “%2” is not a number.</source>
            <translation>%1: “%2” não é um número.</translation>
        </message>
        <message>
            <source>%1: “%2” must be a whole number.</source>
            <translation>%1: “%2” deve ser um número inteiro.</translation>
        </message>
        <message>
            <source>%1: “%2” must be text.</source>
            <translation>%1: “%2” deve ser um texto.</translation>
        </message>
        <message>
            <source>%1: “%2” refers to %3, which is not in the file.</source>
            <translation>%1: “%2” se refere a %3, que não está no arquivo.</translation>
        </message>
        <message>
            <source>A note cannot be attached to itself.</source>
            <translation>Uma nota não pode ser anexada a ela mesma.</translation>
        </message>
        <message>
            <source>None of the selected cards is on this journey; nothing to export.</source>
            <translation>Nenhum dos cartões selecionados está nesta jornada; não há nada para exportar.</translation>
        </message>
        <message>
            <source>Say which format to write with --format (png, svg, pdf, xlsx, csv or json).</source>
            <translation>Indique o formato a gravar com --format (png, svg, pdf, xlsx, csv ou json).</translation>
        </message>
        <message>
            <source>Several journeys are called “%1”; use the id instead (%2).</source>
            <translation>Várias jornadas se chamam “%1”; use o id (%2).</translation>
        </message>
        <message>
            <source>The backlog could not be saved; nothing was changed.</source>
            <translation>Não foi possível salvar o backlog; nada foi alterado.</translation>
        </message>
        <message>
            <source>The clipboard does not hold Jornada cards.</source>
            <translation>A área de transferência não contém cartões do Jornada.</translation>
        </message>
        <message>
            <source>The clipboard holds too much data to paste.</source>
            <translation>A área de transferência contém dados demais para colar.</translation>
        </message>
        <message>
            <source>The clipboard's cards are damaged and cannot be pasted.</source>
            <translation>Os cartões da área de transferência estão danificados e não podem ser colados.</translation>
        </message>
        <message>
            <source>The colour must look like #RRGGBB (got %1).</source>
            <translation>A cor deve ter o formato #RRGGBB (recebido: %1).</translation>
        </message>
        <message>
            <source>The file has %1 journeys; choose one with --journey (%2).</source>
            <translation>O arquivo tem %1 jornadas; escolha uma com --journey (%2).</translation>
        </message>
        <message>
            <source>The file holds a number too large to read.</source>
            <translation>O arquivo contém um número grande demais para ser lido.</translation>
        </message>
        <message>
            <source>The file holds “%1”, which is not a number JSON allows.</source>
            <translation>O arquivo contém “%1”, que não é um número permitido em JSON.</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB; it was not read.</source>
            <translation>O arquivo tem mais de %1 MB; ele não foi lido.</translation>
        </message>
        <message>
            <source>The file is nested too deeply to be a Jornada journey.</source>
            <translation>O arquivo tem níveis aninhados demais para ser uma jornada do Jornada.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text, so it is not a Jornada journey.</source>
            <translation>O arquivo não é um texto UTF-8, portanto não é uma jornada do Jornada.</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line %1, column %2: %3).</source>
            <translation>O arquivo não é um JSON válido (linha %1, coluna %2: %3).</translation>
        </message>
        <message>
            <source>The id must be a positive whole number (got %1).</source>
            <translation type="vanished">O id deve ser um número inteiro positivo (recebido: %1).</translation>
        </message>
        <message>
            <source>The image would be %1 × %2 pixels (%3 megapixels), more than the limit of %4 megapixels and %5 pixels a side; use a scale of %6 or less, or export a PDF or SVG.</source>
            <translation>A imagem teria %1 × %2 pixels (%3 megapixels), mais que o limite de %4 megapixels e de %5 pixels por lado; use uma escala de %6 ou menos, ou exporte em PDF ou SVG.</translation>
        </message>
        <message>
            <source>The journey %1 does not exist in this file.</source>
            <translation>A jornada %1 não existe neste arquivo.</translation>
        </message>
        <message>
            <source>The journey could not be saved; nothing was changed.</source>
            <translation>Não foi possível salvar a jornada; nada foi alterado.</translation>
        </message>
        <message>
            <source>The key “%1” appears twice in one object.</source>
            <translation>A chave “%1” aparece duas vezes no mesmo objeto.</translation>
        </message>
        <message>
            <source>The number %1… is too large.</source>
            <translation>O número %1… é grande demais.</translation>
        </message>
        <message>
            <source>The page size could not be set.</source>
            <translation>Não foi possível definir o tamanho da página.</translation>
        </message>
        <message>
            <source>The persona's photo must be image bytes.</source>
            <translation>A foto da persona deve ser os bytes de uma imagem.</translation>
        </message>
        <message>
            <source>The poster would need %1 pages (more than %2); choose fewer pages across.</source>
            <translation>O pôster precisaria de %1 páginas (mais que %2); escolha menos páginas na largura.</translation>
        </message>
        <message>
            <source>The scale must be more than 0 and at most %1 (got %2).</source>
            <translation>A escala deve ser maior que 0 e no máximo %1 (recebido: %2).</translation>
        </message>
        <message>
            <source>The votes must be a whole number of at least 0 (got %1).</source>
            <translation>Os votos devem ser um número inteiro a partir de 0 (recebido: %1).</translation>
        </message>
        <message>
            <source>The workbook belongs to the journey “%1”, which is not in this file; choose the journey to import it into.</source>
            <translation type="vanished">A pasta de trabalho pertence à jornada “%1”, que não está neste arquivo; escolha a jornada para onde importá-la.</translation>
        </message>
        <message>
            <source>The workbook does not say which journey it belongs to; choose the journey to import into.</source>
            <translation type="vanished">A pasta de trabalho não diz a qual jornada pertence; escolha a jornada para onde importá-la.</translation>
        </message>
        <message>
            <source>There is no journey “%1” in this file.</source>
            <translation>Não há jornada “%1” neste arquivo.</translation>
        </message>
        <message>
            <source>There is not enough memory for an image this big; lower the scale.</source>
            <translation>Não há memória suficiente para uma imagem tão grande; diminua a escala.</translation>
        </message>
        <message>
            <source>These cards come from a newer Jornada and cannot be pasted here.</source>
            <translation>Estes cartões vêm de uma versão mais nova do Jornada e não podem ser colados aqui.</translation>
        </message>
        <message>
            <source>This is not a Jornada journey (the “format” field is missing or wrong).</source>
            <translation>Isto não é uma jornada do Jornada (o campo “format” está ausente ou errado).</translation>
        </message>
        <message>
            <source>This journey cannot be imported: %1</source>
            <translation>Esta jornada não pode ser importada: %1</translation>
        </message>
        <message>
            <source>This journey has no stage or lane to paste cards into.</source>
            <translation>Esta jornada não tem etapa nem raia onde colar os cartões.</translation>
        </message>
        <message>
            <source>This journey uses an unknown format version (%1).</source>
            <translation>Esta jornada usa uma versão de formato desconhecida (%1).</translation>
        </message>
        <message>
            <source>Unknown %1 %2.</source>
            <translation>%1: valor desconhecido %2.</translation>
        </message>
        <message>
            <source>Unknown CSV content “%1”: choose backlog or touchpoints.</source>
            <translation type="vanished">Conteúdo de CSV desconhecido “%1”: escolha backlog ou touchpoints.</translation>
        </message>
        <message>
            <source>Unknown export format “%1”.</source>
            <translation>Formato de exportação desconhecido “%1”.</translation>
        </message>
        <message>
            <source>Unknown fields %1 for %2.</source>
            <translation>Campos desconhecidos %1 em %2.</translation>
        </message>
        <message>
            <source>Unknown image format “%1”: choose png, svg or pdf.</source>
            <translation>Formato de imagem desconhecido “%1”: escolha png, svg ou pdf.</translation>
        </message>
        <message>
            <source>Unknown operation %1.</source>
            <translation>Operação desconhecida %1.</translation>
        </message>
        <message>
            <source>Unknown page size “%1”: choose A4, A3 or Letter.</source>
            <translation>Tamanho de página desconhecido “%1”: escolha A4, A3 ou Letter.</translation>
        </message>
        <message>
            <source>Unknown table %1.</source>
            <translation>Tabela desconhecida %1.</translation>
        </message>
        <message>
            <source>a folder has that name</source>
            <translation>já existe uma pasta com esse nome</translation>
        </message>
        <message>
            <source>card %1</source>
            <translation>cartão %1</translation>
        </message>
        <message>
            <source>card kind</source>
            <translation>tipo de cartão</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>evidência</translation>
        </message>
        <message>
            <source>improvement %1</source>
            <translation>melhoria %1</translation>
        </message>
        <message>
            <source>improvement status</source>
            <translation>situação da melhoria</translation>
        </message>
        <message>
            <source>journey kind</source>
            <translation>tipo de jornada</translation>
        </message>
        <message>
            <source>lane %1</source>
            <translation>raia %1</translation>
        </message>
        <message>
            <source>lane kind</source>
            <translation>tipo de raia</translation>
        </message>
        <message>
            <source>metric %1</source>
            <translation>métrica %1</translation>
        </message>
        <message>
            <source>metric kind</source>
            <translation>tipo de métrica</translation>
        </message>
        <message>
            <source>part of the path is not a folder</source>
            <translation>parte do caminho não é uma pasta</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permissão negada</translation>
        </message>
        <message>
            <source>persona %1</source>
            <translation>persona %1</translation>
        </message>
        <message>
            <source>persona link %1</source>
            <translation>vínculo de persona %1</translation>
        </message>
        <message>
            <source>stage %1</source>
            <translation>etapa %1</translation>
        </message>
        <message>
            <source>the card</source>
            <translation>o cartão</translation>
        </message>
        <message>
            <source>the card's department</source>
            <translation>o departamento do cartão</translation>
        </message>
        <message>
            <source>the card's description</source>
            <translation>a descrição do cartão</translation>
        </message>
        <message>
            <source>the card's title</source>
            <translation>o título do cartão</translation>
        </message>
        <message>
            <source>the channel</source>
            <translation>o canal</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>o disco está cheio</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>o disco é somente leitura</translation>
        </message>
        <message>
            <source>the document</source>
            <translation>o documento</translation>
        </message>
        <message>
            <source>the due date</source>
            <translation>o prazo</translation>
        </message>
        <message>
            <source>the effort</source>
            <translation>o esforço</translation>
        </message>
        <message>
            <source>the emotion</source>
            <translation>a emoção</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>a pasta não existe</translation>
        </message>
        <message>
            <source>the follow-up date</source>
            <translation>a data de acompanhamento</translation>
        </message>
        <message>
            <source>the impact</source>
            <translation>o impacto</translation>
        </message>
        <message>
            <source>the improvement</source>
            <translation>a melhoria</translation>
        </message>
        <message>
            <source>the improvement's description</source>
            <translation>a descrição da melhoria</translation>
        </message>
        <message>
            <source>the improvement's title</source>
            <translation>o título da melhoria</translation>
        </message>
        <message>
            <source>the journey</source>
            <translation>a jornada</translation>
        </message>
        <message>
            <source>the journey's description</source>
            <translation>a descrição da jornada</translation>
        </message>
        <message>
            <source>the journey's title</source>
            <translation>o título da jornada</translation>
        </message>
        <message>
            <source>the lane</source>
            <translation>a raia</translation>
        </message>
        <message>
            <source>the lane's title</source>
            <translation>o título da raia</translation>
        </message>
        <message>
            <source>the measurement date</source>
            <translation>a data da medição</translation>
        </message>
        <message>
            <source>the metric</source>
            <translation>a métrica</translation>
        </message>
        <message>
            <source>the metric's actual value</source>
            <translation>o valor realizado da métrica</translation>
        </message>
        <message>
            <source>the metric's name</source>
            <translation>o nome da métrica</translation>
        </message>
        <message>
            <source>the metric's target</source>
            <translation>a meta da métrica</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>o nome é longo demais</translation>
        </message>
        <message>
            <source>the persona</source>
            <translation>a persona</translation>
        </message>
        <message>
            <source>the persona link</source>
            <translation>o vínculo de persona</translation>
        </message>
        <message>
            <source>the persona's channels</source>
            <translation>o texto de canais da persona</translation>
        </message>
        <message>
            <source>the persona's expectations</source>
            <translation>o texto de expectativas da persona</translation>
        </message>
        <message>
            <source>the persona's frustrations</source>
            <translation>o texto de frustrações da persona</translation>
        </message>
        <message>
            <source>the persona's goals</source>
            <translation>o texto de objetivos da persona</translation>
        </message>
        <message>
            <source>the persona's name</source>
            <translation>o nome da persona</translation>
        </message>
        <message>
            <source>the persona's quote</source>
            <translation>a citação da persona</translation>
        </message>
        <message>
            <source>the persona's role</source>
            <translation>o papel da persona</translation>
        </message>
        <message>
            <source>the stage</source>
            <translation>a etapa</translation>
        </message>
        <message>
            <source>the stage's description</source>
            <translation>a descrição da etapa</translation>
        </message>
        <message>
            <source>the stage's name</source>
            <translation>o nome da etapa</translation>
        </message>
        <message>
            <source>the to-be emotion</source>
            <translation>a emoção futura</translation>
        </message>
        <message>
            <source>“%1” could not be opened for writing.</source>
            <translation>Não foi possível abrir “%1” para gravação.</translation>
        </message>
        <message>
            <source>“%1” could not be read (%2).</source>
            <translation>Não foi possível ler “%1” (%2).</translation>
        </message>
        <message>
            <source>“%1” could not be read to the end; it may be damaged.</source>
            <translation>Não foi possível ler “%1” até o fim; o arquivo pode estar danificado.</translation>
        </message>
        <message>
            <source>“%1” could not be written as PNG.</source>
            <translation type="vanished">Não foi possível gravar “%1” como PNG.</translation>
        </message>
        <message>
            <source>“%1” could not be written: %2. Any previous file there was left as it was.</source>
            <translation>Não foi possível gravar “%1”: %2. Um arquivo que já estivesse lá foi mantido como estava.</translation>
        </message>
        <message>
            <source>“%1” could not be written: nothing was produced.</source>
            <translation>Não foi possível gravar “%1”: nada foi produzido.</translation>
        </message>
        <message>
            <source>“%1” does not exist.</source>
            <translation>“%1” não existe.</translation>
        </message>
        <message>
            <source>“%1” has more than %2 items.</source>
            <translation>“%1” tem mais de %2 itens.</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a file.</source>
            <translation>“%1” é uma pasta, não um arquivo.</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a workbook.</source>
            <translation>“%1” é uma pasta do sistema, não uma pasta de trabalho do Excel.</translation>
        </message>
        <message>
            <source>“%1” is a folder; give the name of the file to write.</source>
            <translation>“%1” é uma pasta; informe o nome do arquivo a gravar.</translation>
        </message>
        <message>
            <source>“%1” is larger than %2 MB; it was not read.</source>
            <translation>“%1” tem mais de %2 MB; não foi lido.</translation>
        </message>
        <message>
            <source>“%1” is not an Excel workbook (.xlsx), so its backlog cannot be imported.</source>
            <translation>“%1” não é uma pasta de trabalho do Excel (.xlsx), então o backlog dele não pode ser importado.</translation>
        </message>
        <message>
            <source>“%1” is not an Excel workbook that can be read (it may be damaged or password-protected).</source>
            <translation>“%1” não é uma pasta de trabalho do Excel que possa ser lida (pode estar danificada ou protegida por senha).</translation>
        </message>
        <message>
            <source>“%1” must be a list.</source>
            <translation>“%1” deve ser uma lista.</translation>
        </message>
        <message>
            <source>“%1” was made by Jornada but its improvement backlog sheet is missing or its header row was changed.</source>
            <translation>“%1” foi feita pelo Jornada, mas falta a planilha do backlog de melhorias ou a linha de cabeçalho dela foi alterada.</translation>
        </message>
        <message>
            <source>“%1” was not made by Jornada: it has no improvement backlog sheet with an id and a title column.</source>
            <translation>“%1” não foi feita pelo Jornada: não tem uma planilha de backlog de melhorias com colunas de id e de título.</translation>
        </message>
        <message>
            <source>%1 %2 is not a date</source>
            <translation>%1 %2 não é uma data</translation>
        </message>
        <message>
            <source>%1 %2 is not at least %3</source>
            <translation>%1 %2 é menor que %3</translation>
        </message>
        <message>
            <source>%1 %2 is not from %3 to %4</source>
            <translation>%1 %2 não está entre %3 e %4</translation>
        </message>
        <message>
            <source>%1 “%2” is not a date (use YYYY-MM-DD)</source>
            <translation>%1 “%2” não é uma data (use AAAA-MM-DD)</translation>
        </message>
        <message>
            <source>%1 “%2” is not a number</source>
            <translation>%1 “%2” não é um número</translation>
        </message>
        <message>
            <source>%1 “%2” is not a whole number</source>
            <translation>%1 “%2” não é um número inteiro</translation>
        </message>
        <message>
            <source>Only the first %1 rows were read.</source>
            <translation>Só as primeiras %1 linhas foram lidas.</translation>
        </message>
        <message>
            <source>Row %1: %2 held a formula; those cells were not imported.</source>
            <translation>Linha %1: %2 tinha uma fórmula; essas células não foram importadas.</translation>
        </message>
        <message>
            <source>Row %1: %2; the row was skipped.</source>
            <translation>Linha %1: %2; a linha foi ignorada.</translation>
        </message>
        <message>
            <source>a new improvement needs a title</source>
            <translation>uma melhoria nova precisa de um título</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>prazo</translation>
        </message>
        <message>
            <source>effort</source>
            <translation>esforço</translation>
        </message>
        <message>
            <source>follow up</source>
            <translation>acompanhamento</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>impact</source>
            <translation>impacto</translation>
        </message>
        <message>
            <source>improvement %1 already appears on row %2</source>
            <translation>a melhoria %1 já aparece na linha %2</translation>
        </message>
        <message>
            <source>status “%1” is not one of %2</source>
            <translation>a situação “%1” não é nenhuma destas: %2</translation>
        </message>
        <message>
            <source>there is more than one touchpoint titled “%1” in this journey</source>
            <translation>há mais de um ponto de contato com o título “%1” nesta jornada</translation>
        </message>
        <message>
            <source>there is no stage “%1” in this journey</source>
            <translation>não há etapa “%1” nesta jornada</translation>
        </message>
        <message>
            <source>there is no touchpoint titled “%1” in this journey</source>
            <translation>não há ponto de contato com o título “%1” nesta jornada</translation>
        </message>
        <message>
            <source>votes</source>
            <translation>votos</translation>
        </message>
        <message>
            <source>%1 %2 is missing from the file.</source>
            <translation>%1 %2 não está no arquivo.</translation>
        </message>
        <message>
            <source>%1 uses an older file format and must be upgraded, but it cannot be changed where it is. Copy it to a folder you can write to.</source>
            <translation type="vanished">%1 usa um formato de arquivo mais antigo e precisa ser atualizado, mas não pode ser alterado onde está. Copie-o para uma pasta em que você possa gravar.</translation>
        </message>
        <message>
            <source>The change could not be saved to %1: %2.</source>
            <translation>Não foi possível salvar a alteração em %1: %2.</translation>
        </message>
        <message>
            <source>The version could not be deleted: %1.</source>
            <translation>Não foi possível excluir a versão: %1.</translation>
        </message>
        <message>
            <source>The version could not be saved in “%1”: %2.</source>
            <translation>Não foi possível guardar a versão em “%1”: %2.</translation>
        </message>
        <message>
            <source>A vote is for one card or one improvement.</source>
            <translation>Um voto é para um cartão ou para uma melhoria.</translation>
        </message>
        <message>
            <source>The journey's identity must be 32 hexadecimal digits (got %1).</source>
            <translation>A identidade da jornada deve ter 32 dígitos hexadecimais (recebido %1).</translation>
        </message>
        <message>
            <source>the agenda step</source>
            <translation>a etapa da pauta</translation>
        </message>
        <message>
            <source>the agenda step's title</source>
            <translation>o título da etapa da pauta</translation>
        </message>
        <message>
            <source>the participant</source>
            <translation>o participante</translation>
        </message>
        <message>
            <source>the participant's name</source>
            <translation>o nome do participante</translation>
        </message>
        <message>
            <source>the step's minutes</source>
            <translation>os minutos da etapa</translation>
        </message>
        <message>
            <source>the vote</source>
            <translation>o voto</translation>
        </message>
        <message>
            <source>the votes per participant</source>
            <translation>os votos por participante</translation>
        </message>
        <message>
            <source>the voting round</source>
            <translation>a rodada de votação</translation>
        </message>
        <message>
            <source>the voting round's title</source>
            <translation>o título da rodada de votação</translation>
        </message>
        <message>
            <source>The image would be %1 × %2 pixels (%3 megapixels), more than the limit of %4 megapixels; use a scale of %5 or less, or export a PDF or SVG.</source>
            <translation>A imagem teria %1 × %2 pixels (%3 megapixels), mais que o limite de %4 megapixels; use uma escala de %5 ou menos, ou exporte em PDF ou SVG.</translation>
        </message>
        <message>
            <source>The image would be %1 × %2 pixels, more than the limit of %3 pixels a side; use a scale of %4 or less, or export a PDF or SVG.</source>
            <translation>A imagem teria %1 × %2 pixels, mais que o limite de %3 pixels por lado; use uma escala de %4 ou menos, ou exporte em PDF ou SVG.</translation>
        </message>
        <message>
            <source>its cells belong to different improvements (%1), as when only some of the columns were sorted; sort whole rows and import again</source>
            <translation>suas células pertencem a melhorias diferentes (%1), como quando só algumas colunas foram ordenadas; ordene as linhas inteiras e importe de novo</translation>
        </message>
        <message>
            <source>Added by: %1</source>
            <translation>Adicionado por: %1</translation>
        </message>
        <message>
            <source>%1 is being changed by another program right now; try again in a moment.</source>
            <translation>%1 está sendo alterado por outro programa neste momento; tente de novo daqui a pouco.</translation>
        </message>
        <message>
            <source>%1 is not a regular file (it is a pipe, a device or a socket); it was not opened.</source>
            <translation>%1 não é um arquivo comum (é um pipe, um dispositivo ou um socket); não foi aberto.</translation>
        </message>
        <message>
            <source>%1 was left unfinished by a crash and has been recovered as it was before the unfinished change; the file as the crash left it is kept in %2.</source>
            <translation>%1 ficou inacabado por uma queda e foi recuperado como estava antes da alteração inacabada; o arquivo como a queda o deixou está guardado em %2.</translation>
        </message>
        <message>
            <source>%1 was left unfinished by a crash, and what was left beside it could not be used to recover it. The file and what is beside it were left as they were; open a version of the file, or ask for help.</source>
            <translation>%1 ficou inacabado por uma queda, e o que ficou ao lado dele não pôde ser usado para recuperá-lo. O arquivo e o que está ao lado dele foram mantidos como estavam; abra uma versão do arquivo ou peça ajuda.</translation>
        </message>
        <message>
            <source>%1 was left unfinished by a crash; it is shown as it was before the unfinished change. Open it for editing to recover it.</source>
            <translation>%1 ficou inacabado por uma queda; ele é mostrado como estava antes da alteração inacabada. Abra-o para edição para recuperá-lo.</translation>
        </message>
        <message>
            <source>%1 holds characters that are not text.</source>
            <translation>%1 contém caracteres que não são texto.</translation>
        </message>
        <message>
            <source>A time must look like 2026-12-02T10:00:00Z (got %1).</source>
            <translation>Um horário deve ter a forma 2026-12-02T10:00:00Z (recebido %1).</translation>
        </message>
        <message>
            <source>The id must be a whole number from 1 to %1 (got %2).</source>
            <translation>O id deve ser um número inteiro de 1 a %1 (recebido %2).</translation>
        </message>
        <message>
            <source>The persona's photo has no size.</source>
            <translation>A foto da persona não tem tamanho.</translation>
        </message>
        <message>
            <source>The persona's photo is larger than %1 MB.</source>
            <translation>A foto da persona tem mais de %1 MB.</translation>
        </message>
        <message>
            <source>The persona's photo is not a PNG, JPEG, GIF, BMP or WebP image.</source>
            <translation>A foto da persona não é uma imagem PNG, JPEG, GIF, BMP ou WebP.</translation>
        </message>
        <message>
            <source>The persona's photo is too large (%1 × %2 pixels; at most %3 pixels).</source>
            <translation>A foto da persona é grande demais (%1 × %2 pixels; no máximo %3 pixels).</translation>
        </message>
        <message>
            <source>The persona's photo must be an image of at most %1 MB.</source>
            <translation>A foto da persona deve ser uma imagem de no máximo %1 MB.</translation>
        </message>
        <message>
            <source>The position must be a whole number from 0 to %1 (got %2).</source>
            <translation>A posição deve ser um número inteiro de 0 a %1 (recebido %2).</translation>
        </message>
        <message>
            <source>the card's participant</source>
            <translation>o participante do cartão</translation>
        </message>
        <message>
            <source>the emotion's label</source>
            <translation>o rótulo da emoção</translation>
        </message>
        <message>
            <source>the improvement's department</source>
            <translation>o departamento da melhoria</translation>
        </message>
        <message>
            <source>the improvement's metric</source>
            <translation>a métrica da melhoria</translation>
        </message>
        <message>
            <source>the improvement's owner</source>
            <translation>o responsável pela melhoria</translation>
        </message>
        <message>
            <source>the improvement's target</source>
            <translation>a meta da melhoria</translation>
        </message>
        <message>
            <source>the metric's source</source>
            <translation>a fonte da métrica</translation>
        </message>
        <message>
            <source>the metric's unit</source>
            <translation>a unidade da métrica</translation>
        </message>
        <message>
            <source>“%1” cannot be imported: %2</source>
            <translation>“%1” não pode ser importado: %2</translation>
        </message>
        <message>
            <source>“%1” is a drawing (%2), not a photo; save it as PNG or JPEG first.</source>
            <translation>“%1” é um desenho (%2), não uma foto; salve-o como PNG ou JPEG antes.</translation>
        </message>
        <message>
            <source>The name %1 is too long: Jornada keeps files beside the map with longer names; choose a shorter name.</source>
            <translation>O nome %1 é longo demais: o Jornada guarda ao lado do mapa arquivos com nomes mais longos; escolha um nome mais curto.</translation>
        </message>
        <message>
            <source>%1 cannot be opened for editing: its lock cannot be made beside it (something else has that name, or the folder cannot be written). You can open it read-only.</source>
            <translation>%1 não pode ser aberto para edição: a trava dele não pode ser criada ao lado (outra coisa tem esse nome, ou a pasta não pode ser gravada). Você pode abri-lo somente para leitura.</translation>
        </message>
        <message>
            <source>%1 needs a value for “%2”.</source>
            <translation>%1 precisa de um valor para “%2”.</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>“%1”: %2</translation>
        </message>
        <message>
            <source>%1 (Add --match-by-content to do so.)</source>
            <translation>%1 (Acrescente --match-by-content para isso.)</translation>
        </message>
        <message>
            <source>Choose the journey of this file to import the workbook into.</source>
            <translation>Escolha a jornada deste arquivo para a qual importar a pasta de trabalho.</translation>
        </message>
        <message>
            <source>Row %1: %2; it was imported without that link.</source>
            <translation>Linha %1: %2; ela foi importada sem essa ligação.</translation>
        </message>
        <message>
            <source>“%1” does not say which map it was exported from (it was made by an older Jornada, or its hidden sheet was removed), so its rows cannot be matched to “%2” by their ids. To import it anyway, match its rows by their content.</source>
            <translation>“%1” não diz de qual mapa foi exportada (foi feita por um Jornada mais antigo, ou sua planilha oculta foi removida), então suas linhas não podem ser associadas a “%2” pelos ids. Para importá-la mesmo assim, associe as linhas pelo conteúdo.</translation>
        </message>
        <message>
            <source>“%1” is an OpenDocument spreadsheet that could not be read (it may be damaged or too big).</source>
            <translation>“%1” é uma planilha OpenDocument que não pôde ser lida (pode estar danificada ou ser grande demais).</translation>
        </message>
        <message>
            <source>“%1” was exported from the map “%2” of another file (%3), not from “%4” of this file; its rows were not imported, so as not to change the wrong improvements. To import it anyway, match its rows by their content.</source>
            <translation>“%1” foi exportada do mapa “%2” de outro arquivo (%3), não de “%4” deste arquivo; suas linhas não foram importadas, para não alterar as melhorias erradas. Para importá-la mesmo assim, associe as linhas pelo conteúdo.</translation>
        </message>
        <message>
            <source>“%1” was exported from the map “%2”, not from “%3”; its rows were not imported. Import it into “%2”, or match its rows by their content to import it into “%3”.</source>
            <translation>“%1” foi exportada do mapa “%2”, não de “%3”; suas linhas não foram importadas. Importe-a em “%2”, ou associe as linhas pelo conteúdo para importá-la em “%3”.</translation>
        </message>
        <message>
            <source>“%1” was exported from the map “%2”, which is no longer in this file; its rows were not imported into “%3”. To import it anyway, match its rows by their content.</source>
            <translation>“%1” foi exportada do mapa “%2”, que não está mais neste arquivo; suas linhas não foram importadas em “%3”. Para importá-la mesmo assim, associe as linhas pelo conteúdo.</translation>
        </message>
        <message>
            <source>%1 (to-be)</source>
            <translation>%1 (futuro)</translation>
        </message>
        <message>
            <source>scenario</source>
            <translation>cenário</translation>
        </message>
        <message>
            <source>the rating</source>
            <translation>a avaliação</translation>
        </message>
        <message>
            <source>the rating's reason</source>
            <translation>o motivo da avaliação</translation>
        </message>
        <message>
            <source>Compare c&amp;urves…</source>
            <translation>Comparar c&amp;urvas…</translation>
        </message>
        <message>
            <source>Two curves side by side (persona A and B, or as-is and to-be) and where they differ most</source>
            <translation>Duas curvas lado a lado (persona A e B, ou atual e futura) e onde mais diferem</translation>
        </message>
        <message>
            <source>rating %1</source>
            <translation>avaliação %1</translation>
        </message>
        <message>
            <source>Rated by: %1</source>
            <translation>Avaliado por: %1</translation>
        </message>
        <message>
            <source>The period must look like 2026-11 (got %1).</source>
            <translation>O período deve ter a forma 2026-11 (recebido %1).</translation>
        </message>
        <message>
            <source>measurement %1</source>
            <translation>medição %1</translation>
        </message>
        <message>
            <source>the measured value</source>
            <translation>o valor medido</translation>
        </message>
        <message>
            <source>the measurement</source>
            <translation>a medição</translation>
        </message>
        <message>
            <source>the measurement's note</source>
            <translation>a observação da medição</translation>
        </message>
        <message>
            <source>the measurement's source</source>
            <translation>a fonte da medição</translation>
        </message>
        <message>
            <source>the review period</source>
            <translation>o período de revisão</translation>
        </message>
        <message>
            <source>the sample size</source>
            <translation>o tamanho da amostra</translation>
        </message>
        <message>
            <source>The survey could not be saved; nothing was changed.</source>
            <translation>Não foi possível salvar a pesquisa; nada foi alterado.</translation>
        </message>
        <message>
            <source>Unknown survey kind “%1” (use nps, csat or ces).</source>
            <translation>Tipo de pesquisa desconhecido “%1” (use nps, csat ou ces).</translation>
        </message>
        <message>
            <source>“%1” has no answer that can be counted (%2).</source>
            <translation>“%1” não tem resposta que possa ser contada (%2).</translation>
        </message>
        <message>
            <source>“%1” is empty.</source>
            <translation>“%1” está vazio.</translation>
        </message>
        <message>
            <source>“%1” is not a CSV file or an Excel workbook that can be read.</source>
            <translation>“%1” não é um arquivo CSV nem uma pasta de trabalho do Excel que possa ser lida.</translation>
        </message>
        <message>
            <source>“%1”: %2.</source>
            <translation>“%1”: %2.</translation>
        </message>
        <message>
            <source>Import survey &amp;results…</source>
            <translation type="vanished">Importar &amp;resultados de pesquisa…</translation>
        </message>
        <message>
            <source>Import survey results</source>
            <translation>Importar resultados de pesquisa</translation>
        </message>
        <message>
            <source>NPS, CSAT or CES answers from a CSV or Excel file become the metrics' measurements per stage and month</source>
            <translation>Respostas de NPS, CSAT ou CES de um arquivo CSV ou do Excel viram medições das métricas por etapa e mês</translation>
        </message>
        <message>
            <source>Survey answers (*.csv *.xlsx *.txt)</source>
            <translation>Respostas de pesquisa (*.csv *.xlsx *.txt)</translation>
        </message>
        <message>
            <source>Import survey res&amp;ults…</source>
            <translation>Importar res&amp;ultados de pesquisa…</translation>
        </message>
        <message>
            <source>there is no stage “%1”: its answers count for the whole journey</source>
            <translation>não há etapa “%1”: as respostas dela contam para a jornada inteira</translation>
        </message>
        <message>
            <source>there is no touchpoint “%1”: its answers count for its stage</source>
            <translation>não há ponto de contato “%1”: as respostas dele contam para a etapa</translation>
        </message>
        <message>
            <source>Unknown CSV content “%1”: choose backlog, touchpoints, votes, measurements or ratings.</source>
            <translation type="vanished">Conteúdo de CSV desconhecido “%1”: escolha backlog, touchpoints, votes, measurements ou ratings.</translation>
        </message>
        <message>
            <source>“%1” is not a regular file (a pipe or a device); it was not read.</source>
            <translation>“%1” não é um arquivo comum (é um pipe ou um dispositivo); não foi lido.</translation>
        </message>
        <message>
            <source>“%1” could not be read back (%2).</source>
            <translation>Não foi possível reler “%1” (%2).</translation>
        </message>
        <message>
            <source>“%1” could not be written whole (the disk may be full); any previous file there was left as it was.</source>
            <translation>Não foi possível gravar “%1” por inteiro (o disco pode estar cheio); um arquivo que já estivesse lá foi mantido como estava.</translation>
        </message>
        <message>
            <source>%1</source>
            <translation>%1</translation>
        </message>
        <message>
            <source>A contribution's key is 8 to 64 printable characters.</source>
            <translation>A chave de uma contribuição tem de 8 a 64 caracteres imprimíveis.</translation>
        </message>
        <message>
            <source>A participant's secret is a SHA-256 in hexadecimal.</source>
            <translation>O segredo de um participante é um SHA-256 em hexadecimal.</translation>
        </message>
        <message>
            <source>A port is a number from 1 to 65535 (got %1).</source>
            <translation>Uma porta é um número de 1 a 65535 (veio %1).</translation>
        </message>
        <message>
            <source>A room code is 16 to 64 letters, digits, '-' or '_'.</source>
            <translation>O código de uma sala tem de 16 a 64 letras, dígitos, '-' ou '_'.</translation>
        </message>
        <message>
            <source>Accept a participant's card</source>
            <translation>Aceitar o cartão de um participante</translation>
        </message>
        <message>
            <source>Accept participants' cards</source>
            <translation>Aceitar cartões dos participantes</translation>
        </message>
        <message>
            <source>Card from %1 (room)</source>
            <translation>Cartão de %1 (sala)</translation>
        </message>
        <message>
            <source>Feeling from %1 (room)</source>
            <translation>Sentimento de %1 (sala)</translation>
        </message>
        <message>
            <source>Port %1 is already used by another program on this computer; choose another port.</source>
            <translation>A porta %1 já é usada por outro programa neste computador; escolha outra porta.</translation>
        </message>
        <message>
            <source>Port %1 needs administrator rights; choose a port above 1024.</source>
            <translation>A porta %1 exige direitos de administrador; escolha uma porta acima de 1024.</translation>
        </message>
        <message>
            <source>Remove %1 from the room</source>
            <translation>Tirar %1 da sala</translation>
        </message>
        <message>
            <source>The room could not be opened: %1</source>
            <translation>Não foi possível abrir a sala: %1</translation>
        </message>
        <message>
            <source>The room could not listen on %1:%2 (%3).</source>
            <translation>A sala não conseguiu escutar em %1:%2 (%3).</translation>
        </message>
        <message>
            <source>The room stopped: %1. Start it again: participants keep the same address.</source>
            <translation>A sala parou: %1. Inicie-a de novo: os participantes mantêm o mesmo endereço.</translation>
        </message>
        <message>
            <source>This computer has no address %1 any more (the network changed?); choose another.</source>
            <translation>Este computador não tem mais o endereço %1 (a rede mudou?); escolha outro.</translation>
        </message>
        <message>
            <source>This file is open read-only: a room needs to write what participants send.</source>
            <translation>Este arquivo está aberto somente para leitura: uma sala precisa gravar o que os participantes enviam.</translation>
        </message>
        <message>
            <source>Turn down a participant's card</source>
            <translation>Recusar o cartão de um participante</translation>
        </message>
        <message>
            <source>Vote from %1 (room)</source>
            <translation>Voto de %1 (sala)</translation>
        </message>
        <message>
            <source>Vote taken back by %1 (room)</source>
            <translation>Voto retirado por %1 (sala)</translation>
        </message>
        <message>
            <source>a room setting</source>
            <translation>uma opção da sala</translation>
        </message>
        <message>
            <source>the contribution</source>
            <translation>a contribuição</translation>
        </message>
        <message>
            <source>the contribution's action</source>
            <translation>a ação da contribuição</translation>
        </message>
        <message>
            <source>the contribution's kind</source>
            <translation>o tipo da contribuição</translation>
        </message>
        <message>
            <source>the contribution's status</source>
            <translation>a situação da contribuição</translation>
        </message>
        <message>
            <source>the contribution's text</source>
            <translation>o texto da contribuição</translation>
        </message>
        <message>
            <source>the feeling</source>
            <translation>o sentimento</translation>
        </message>
        <message>
            <source>the quote</source>
            <translation>a citação</translation>
        </message>
        <message>
            <source>the quote's date</source>
            <translation>a data da citação</translation>
        </message>
        <message>
            <source>the quote's source</source>
            <translation>a fonte da citação</translation>
        </message>
        <message>
            <source>the quote's text</source>
            <translation>o texto da citação</translation>
        </message>
        <message>
            <source>the room</source>
            <translation>a sala</translation>
        </message>
        <message>
            <source>“%1” has more than %2 cells; it was not read to the end. Split it into smaller workbooks.</source>
            <translation>“%1” tem mais de %2 células; não foi lido até o fim. Divida-o em pastas de trabalho menores.</translation>
        </message>
        <message>
            <source>“%1” has more than %2 rows; it was not read to the end. Split it into smaller files.</source>
            <translation>“%1” tem mais de %2 linhas; não foi lido até o fim. Divida-o em arquivos menores.</translation>
        </message>
        <message>
            <source>“%1” holds more than %2 parts; it was not read.</source>
            <translation>“%1” contém mais de %2 partes; não foi lido.</translation>
        </message>
        <message>
            <source>“%1” is not a workbook that can be read (it may be damaged).</source>
            <translation>“%1” não é uma pasta de trabalho legível (pode estar danificada).</translation>
        </message>
        <message>
            <source>“%1” is not an IP address of this computer (for example 192.168.0.10).</source>
            <translation>“%1” não é um endereço IP deste computador (por exemplo 192.168.0.10).</translation>
        </message>
        <message>
            <source>“%1” would unpack to more than %2 MB (its part “%3”); it was not read, so that it cannot fill the memory. Save it again from the spreadsheet program, or split it.</source>
            <translation>“%1” ocuparia mais de %2 MB descompactado (a parte “%3”); não foi lido, para não encher a memória. Salve-o de novo no programa de planilhas ou divida-o.</translation>
        </message>
        <message>
            <source>“%1” would unpack to more than %2 MB; it was not read, so that it cannot fill the memory. Save it again from the spreadsheet program, or split it.</source>
            <translation>“%1” ocuparia mais de %2 MB descompactado; não foi lido, para não encher a memória. Salve-o de novo no programa de planilhas ou divida-o.</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dias</translation>
        </message>
        <message>
            <source>%1, as-is</source>
            <translation>%1, atual</translation>
        </message>
        <message>
            <source>%1, to-be</source>
            <translation>%1, futuro</translation>
        </message>
        <message>
            <source>+%1 more in the metrics panel</source>
            <translation>+%1 no painel de métricas</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Histórico</translation>
        </message>
        <message>
            <source>How often this metric should be measured again; when its last measurement is older, it is listed as needing attention</source>
            <translation>De quanto em quanto tempo esta métrica deve ser medida de novo; quando a última medição for mais antiga, ela aparece como precisando de atenção</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Medido</translation>
        </message>
        <message>
            <source>Metrics over time</source>
            <translation>Métricas ao longo do tempo</translation>
        </message>
        <message>
            <source>No measurements yet</source>
            <translation>Nenhuma medição ainda</translation>
        </message>
        <message>
            <source>Review every</source>
            <translation>Revisar a cada</translation>
        </message>
        <message>
            <source>The room</source>
            <translation>A sala</translation>
        </message>
        <message>
            <source>The room (phones)</source>
            <translation>A sala (celulares)</translation>
        </message>
        <message>
            <source>Unknown CSV content “%1”: choose backlog, touchpoints, votes, measurements, ratings or quotes.</source>
            <translation>Conteúdo CSV desconhecido “%1”: escolha backlog, touchpoints, votes, measurements, ratings ou quotes.</translation>
        </message>
        <message>
            <source>its comment was not kept as a quote: %1</source>
            <translation>o comentário não foi guardado como citação: %1</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>no column holds the scores</source>
            <translation>nenhuma coluna contém as notas</translation>
        </message>
        <message>
            <source>quote %1</source>
            <translation>citação %1</translation>
        </message>
        <message>
            <source>the comment is longer than %1 characters; its quote was cut</source>
            <translation>o comentário tem mais de %1 caracteres; a citação foi cortada</translation>
        </message>
        <message>
            <source>the date “%1” is not a date; counted without one</source>
            <translation>a data “%1” não é uma data; contada sem data</translation>
        </message>
        <message>
            <source>the score %1 is outside %2–%3</source>
            <translation>a nota %1 está fora de %2–%3</translation>
        </message>
        <message>
            <source>the score “%1” is not a number</source>
            <translation>a nota “%1” não é um número</translation>
        </message>
        <message>
            <source>there is no persona “%1”: their quotes have no persona</source>
            <translation>não existe a persona “%1”: as citações ficam sem persona</translation>
        </message>
        <message>
            <source>“%1” could not be read past its line %2: a cell there is longer than %3 characters.</source>
            <translation>“%1” não pôde ser lido além da linha %2: uma célula ali tem mais de %3 caracteres.</translation>
        </message>
        <message>
            <source>The room (%1 people)</source>
            <translation>A sala (%1 pessoas)</translation>
        </message>
        <message>
            <source>The room (1 person)</source>
            <translation>A sala (1 pessoa)</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>The agenda: timed steps the countdown follows in presentation mode (Ctrl+Shift+T goes to the next step).</source>
            <translation>A pauta: etapas cronometradas que a contagem regressiva segue no modo apresentação (Ctrl+Shift+T vai para a próxima etapa).</translation>
        </message>
        <message>
            <source>Step, e.g. Capture pain points</source>
            <translation>Etapa, por ex. Levantar pontos de dor</translation>
        </message>
        <message>
            <source>New step</source>
            <translation>Nova etapa</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Minutes of the new step</source>
            <translation>Minutos da nova etapa</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Adicionar etapa</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Remove the selected step (Delete)</source>
            <translation>Remover a etapa selecionada (Delete)</translation>
        </message>
        <message>
            <source>Agenda steps</source>
            <translation>Etapas da pauta</translation>
        </message>
        <message>
            <source>%1. %2 — %3 min</source>
            <translation>%1. %2 — %3 min</translation>
        </message>
        <message>
            <source>Total: %1 min</source>
            <translation>Total: %1 min</translation>
        </message>
        <message>
            <source>Add agenda step</source>
            <translation>Adicionar etapa da pauta</translation>
        </message>
        <message>
            <source>Remove agenda step</source>
            <translation>Remover etapa da pauta</translation>
        </message>
    </context>
    <context>
        <name>Backlog</name>
        <message>
            <source>That card is in a hidden lane: show the lane to see it.</source>
            <translation>Esse cartão está em uma raia oculta: mostre a raia para vê-lo.</translation>
        </message>
    </context>
    <context>
        <name>BacklogPanel</name>
        <message>
            <source>New improvement…</source>
            <translation>Nova melhoria…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Dot voting</source>
            <translation type="vanished">Votação por pontos</translation>
        </message>
        <message>
            <source>In voting mode each click on an improvement adds a vote.</source>
            <translation type="vanished">No modo de votação, cada clique numa melhoria soma um voto.</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation type="vanished">Participante</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation type="vanished">sem limite</translation>
        </message>
        <message>
            <source>Votes per participant (0 = no limit)</source>
            <translation type="vanished">Votos por participante (0 = sem limite)</translation>
        </message>
        <message>
            <source>Reset votes</source>
            <translation type="vanished">Zerar votos</translation>
        </message>
        <message>
            <source>Votes each:</source>
            <translation type="vanished">Votos por pessoa:</translation>
        </message>
        <message>
            <source>Vote…</source>
            <translation>Votar…</translation>
        </message>
        <message>
            <source>Dot voting on cards and improvements, in rounds (Workshop ▸ Voting)</source>
            <translation>Votação por pontos em cartões e melhorias, em rodadas (Oficina ▸ Votação)</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Filtrar por situação</translation>
        </message>
        <message>
            <source>Filter by stage</source>
            <translation>Filtrar por etapa</translation>
        </message>
        <message>
            <source>Filter by owner</source>
            <translation>Filtrar por responsável</translation>
        </message>
        <message>
            <source>Search improvements…</source>
            <translation>Buscar melhorias…</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n improvement(s)</source>
            <translation>
                <numerusform>Excluir %n melhoria</numerusform>
                <numerusform>Excluir %n melhorias</numerusform>
            </translation>
        </message>
        <message>
            <source>Show the card on the map</source>
            <translation>Mostrar o cartão no mapa</translation>
        </message>
        <message>
            <source>Add a vote</source>
            <translation type="vanished">Adicionar um voto</translation>
        </message>
        <message>
            <source>Set every vote of this journey back to zero? You can undo it.</source>
            <translation type="vanished">Zerar todos os votos desta jornada? Dá para desfazer.</translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s) cast</source>
            <translation type="vanished">
                <numerusform>%n voto dado</numerusform>
                <numerusform>%n votos dados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s) left</source>
            <translation type="vanished">
                <numerusform>%n voto restante</numerusform>
                <numerusform>%n votos restantes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BallotModel</name>
        <message>
            <source>Improvement</source>
            <translation>Melhoria</translation>
        </message>
        <message>
            <source>Item</source>
            <translation type="vanished">Item</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Onde</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votos</translation>
        </message>
        <message>
            <source>Card or improvement</source>
            <translation>Cartão ou melhoria</translation>
        </message>
        <message>
            <source>Add a vote for “%1” (+)</source>
            <translation>Adicionar um voto para “%1” (+)</translation>
        </message>
        <message>
            <source>Take back a vote from “%1” (−)</source>
            <translation>Retirar um voto de “%1” (−)</translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n voto</numerusform>
                <numerusform>%n votos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CanvasController</name>
        <message numerus="yes">
            <source>Delete the stage “%1” and its %n card(s)?</source>
            <translation>
                <numerusform>Excluir a etapa “%1” e seu %n cartão?</numerusform>
                <numerusform>Excluir a etapa “%1” e seus %n cartões?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the lane “%1” and its %n card(s)?</source>
            <translation>
                <numerusform>Excluir a raia “%1” e seu %n cartão?</numerusform>
                <numerusform>Excluir a raia “%1” e seus %n cartões?</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>You can undo this with Edit ▸ Undo.</source>
            <translation>Dá para desfazer com Editar ▸ Desfazer.</translation>
        </message>
        <message>
            <source>Stage colour</source>
            <translation>Cor da etapa</translation>
        </message>
        <message>
            <source>Edit title</source>
            <translation>Editar título</translation>
        </message>
        <message>
            <source>Notes…</source>
            <translation>Notas…</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Emoção</translation>
        </message>
        <message>
            <source>No emotion</source>
            <translation>Sem emoção</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>Recortar</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Colar</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>New %1</source>
            <translation type="vanished">Novo(a) %1</translation>
        </message>
        <message>
            <source>Add stage before</source>
            <translation>Adicionar etapa antes</translation>
        </message>
        <message>
            <source>Add stage after</source>
            <translation>Adicionar etapa depois</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renomear…</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Cor…</translation>
        </message>
        <message>
            <source>Automatic colour</source>
            <translation>Cor automática</translation>
        </message>
        <message>
            <source>Hide in this view</source>
            <translation>Ocultar nesta visão</translation>
        </message>
        <message>
            <source>Delete stage…</source>
            <translation>Excluir etapa…</translation>
        </message>
        <message>
            <source>Add lane above</source>
            <translation>Adicionar raia acima</translation>
        </message>
        <message>
            <source>Add lane below</source>
            <translation>Adicionar raia abaixo</translation>
        </message>
        <message>
            <source>Lane type</source>
            <translation>Tipo da raia</translation>
        </message>
        <message>
            <source>Hide lane</source>
            <translation>Ocultar raia</translation>
        </message>
        <message>
            <source>Delete lane…</source>
            <translation>Excluir raia…</translation>
        </message>
        <message>
            <source>Show hidden</source>
            <translation>Mostrar ocultos</translation>
        </message>
        <message>
            <source>Lane “%1”</source>
            <translation>Raia “%1”</translation>
        </message>
        <message>
            <source>Stage “%1”</source>
            <translation>Etapa “%1”</translation>
        </message>
    </context>
    <context>
        <name>CardKinds</name>
        <message>
            <source>New touchpoint</source>
            <translation>Novo ponto de contato</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nova ação</translation>
        </message>
        <message>
            <source>New pain point</source>
            <translation>Novo ponto de dor</translation>
        </message>
        <message>
            <source>New opportunity</source>
            <translation>Nova oportunidade</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nova nota</translation>
        </message>
        <message>
            <source>New text</source>
            <translation>Novo texto</translation>
        </message>
        <message>
            <source>New card</source>
            <translation>Novo cartão</translation>
        </message>
    </context>
    <context>
        <name>CardPalette</name>
        <message>
            <source>Card palette</source>
            <translation>Paleta de cartões</translation>
        </message>
        <message>
            <source>Drag a kind onto the map, or press Enter to add it to the current cell</source>
            <translation>Arraste um tipo para o mapa, ou tecle Enter para adicioná-lo à célula atual</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Save PNG…</source>
            <translation>Salvar PNG…</translation>
        </message>
        <message>
            <source>Save this chart as a PNG image</source>
            <translation>Salvar este gráfico como imagem PNG</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare curves</source>
            <translation>Comparar curvas</translation>
        </message>
        <message>
            <source>First curve</source>
            <translation>Primeira curva</translation>
        </message>
        <message>
            <source>Second curve</source>
            <translation>Segunda curva</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Ponto de contato</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Diferença</translation>
        </message>
        <message>
            <source>Save chart as PNG…</source>
            <translation>Salvar gráfico como PNG…</translation>
        </message>
        <message>
            <source>Save table as a workbook…</source>
            <translation>Salvar tabela como pasta de trabalho…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>A:</source>
            <translation>A:</translation>
        </message>
        <message>
            <source>B:</source>
            <translation>B:</translation>
        </message>
        <message>
            <source>Everyone, as-is</source>
            <translation>Todos, atual</translation>
        </message>
        <message>
            <source>Everyone, to-be</source>
            <translation>Todos, futuro</translation>
        </message>
        <message>
            <source>%1, as-is</source>
            <translation>%1, atual</translation>
        </message>
        <message>
            <source>%1, to-be</source>
            <translation>%1, futuro</translation>
        </message>
        <message numerus="yes">
            <source>%n touchpoint(s) rated on both; the biggest gaps first.</source>
            <translation>
                <numerusform>%n ponto de contato avaliado nas duas; as maiores diferenças primeiro.</numerusform>
                <numerusform>%n pontos de contato avaliados nas duas; as maiores diferenças primeiro.</numerusform>
            </translation>
        </message>
        <message>
            <source>They differ on %1.</source>
            <translation>Diferem em %1.</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Salvar gráfico</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Imagem PNG (*.png)</translation>
        </message>
        <message>
            <source>“%1” could not be written.</source>
            <translation>Não foi possível gravar “%1”.</translation>
        </message>
        <message>
            <source>Save table</source>
            <translation>Salvar tabela</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Comparação</translation>
        </message>
        <message>
            <source>“%1” could not be written (%2).</source>
            <translation>Não foi possível gravar “%1” (%2).</translation>
        </message>
    </context>
    <context>
        <name>CornerItem</name>
        <message>
            <source>Stages → / Lanes ↓</source>
            <translation>Etapas → / Raias ↓</translation>
        </message>
    </context>
    <context>
        <name>CountdownLabel</name>
        <message>
            <source>Time left: %1</source>
            <translation>Tempo restante: %1</translation>
        </message>
        <message>
            <source>Time is up</source>
            <translation>O tempo acabou</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Cenário</translation>
        </message>
        <message>
            <source>As-is (today)</source>
            <translation>Atual (hoje)</translation>
        </message>
        <message>
            <source>To-be (the future aimed at)</source>
            <translation>Futuro (o que se quer alcançar)</translation>
        </message>
        <message>
            <source>&amp;Persona:</source>
            <translation>&amp;Persona:</translation>
        </message>
        <message>
            <source>&amp;Scenario:</source>
            <translation>&amp;Cenário:</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Precisa de atenção</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>The room (phones)</source>
            <translation>A sala (celulares)</translation>
        </message>
        <message>
            <source>Metric “%1” is due for review (last measured %2)</source>
            <translation>A métrica “%1” precisa ser revisada (última medição em %2)</translation>
        </message>
        <message>
            <source>Metric “%1” is due for review (never measured)</source>
            <translation>A métrica “%1” precisa ser revisada (nunca medida)</translation>
        </message>
        <message>
            <source>Improvement “%1”: follow-up was due %2</source>
            <translation>Melhoria “%1”: o acompanhamento era para %2</translation>
        </message>
        <message>
            <source>Nothing is overdue.</source>
            <translation>Nada está atrasado.</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Salvar gráfico</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Imagem PNG (*.png)</translation>
        </message>
    </context>
    <context>
        <name>DeletionsDialog</name>
        <message>
            <source>Import backlog</source>
            <translation>Importar backlog</translation>
        </message>
        <message numerus="yes">
            <source>%n improvement(s) of this journey are no longer in the workbook: their rows were deleted there.</source>
            <translation>
                <numerusform>%n melhoria desta jornada não está mais na pasta de trabalho: sua linha foi apagada lá.</numerusform>
                <numerusform>%n melhorias desta jornada não estão mais na pasta de trabalho: suas linhas foram apagadas lá.</numerusform>
            </translation>
        </message>
        <message>
            <source>(changed here since the export: kept)</source>
            <translation>(alterada aqui desde a exportação: mantida)</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Delete the %n improvement(s) here too</source>
            <translation>
                <numerusform>&amp;Apagar a %n melhoria aqui também</numerusform>
                <numerusform>&amp;Apagar as %n melhorias aqui também</numerusform>
            </translation>
        </message>
        <message>
            <source>A version of the file is kept before the import, and Undo takes it back.</source>
            <translation>Uma versão do arquivo é guardada antes da importação, e Desfazer a reverte.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Improvements changed here since the export are never deleted.</source>
            <translation>Melhorias alteradas aqui desde a exportação nunca são apagadas.</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>The change was not made, so that it can be undone safely.</source>
            <translation>A alteração não foi feita, para que possa ser desfeita com segurança.</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Save the journey as an image, a workbook, CSV or JSON</source>
            <translation>Salvar a jornada como imagem, pasta de trabalho, CSV ou JSON</translation>
        </message>
        <message>
            <source>Import &amp;journey (JSON)…</source>
            <translation>Importar &amp;jornada (JSON)…</translation>
        </message>
        <message>
            <source>Import &amp;backlog from a workbook…</source>
            <translation>Importar &amp;backlog de uma pasta de trabalho…</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exportado para %1</translation>
        </message>
        <message>
            <source>Import journey</source>
            <translation>Importar jornada</translation>
        </message>
        <message>
            <source>Journey JSON (*.json)</source>
            <translation>Jornada em JSON (*.json)</translation>
        </message>
        <message>
            <source>Import backlog</source>
            <translation>Importar backlog</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.ods);;Excel workbook (*.xlsx)</source>
            <translation>Planilhas (*.xlsx *.ods);;Pasta de trabalho do Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Importing it anyway matches each row to an improvement of the journey shown by its title or description, never by its id; rows that match none are added.</source>
            <translation>Importar mesmo assim associa cada linha a uma melhoria da jornada exibida pelo título ou pela descrição, nunca pelo id; as linhas que não correspondem a nenhuma são acrescentadas.</translation>
        </message>
        <message>
            <source>Import by &amp;content</source>
            <translation>Importar pelo &amp;conteúdo</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation type="vanished">Pasta de trabalho do Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Updated: %1 · added: %2 · unchanged: %3 · conflicts: %4 · unknown ids: %5.</source>
            <translation>Atualizadas: %1 · adicionadas: %2 · sem mudança: %3 · conflitos: %4 · ids desconhecidos: %5.</translation>
        </message>
        <message>
            <source>Rows deleted in the workbook: %1 · deleted here: %2.</source>
            <translation>Linhas apagadas na pasta de trabalho: %1 · apagadas aqui: %2.</translation>
        </message>
        <message>
            <source>Rows were matched by their content.</source>
            <translation>As linhas foram associadas pelo conteúdo.</translation>
        </message>
        <message>
            <source>Row %1: improvement %2, “%3” was changed here (%4) and in the workbook (%5); this file's value was kept.</source>
            <translation>Linha %1: melhoria %2, “%3” foi alterado aqui (%4) e na planilha (%5); o valor deste arquivo foi mantido.</translation>
        </message>
        <message>
            <source>Row %1: improvement %2, “%3” was cut to fit the workbook (%4 characters here) and was edited with its cut marker in place; it was not imported, so as not to replace the whole text. Remove the marker to import it.</source>
            <translation>Linha %1: melhoria %2, “%3” foi cortado para caber na pasta de trabalho (%4 caracteres aqui) e foi editado com a marca de corte no lugar; não foi importado, para não substituir o texto inteiro. Remova a marca para importá-lo.</translation>
        </message>
        <message>
            <source>Improvement %1 %2: its row was deleted in the workbook; deleted here too.</source>
            <translation>Melhoria %1 %2: sua linha foi apagada na pasta de trabalho; apagada aqui também.</translation>
        </message>
        <message>
            <source>Improvement %1 %2: its row was deleted in the workbook, but it was changed here since the export; kept.</source>
            <translation>Melhoria %1 %2: sua linha foi apagada na pasta de trabalho, mas ela foi alterada aqui desde a exportação; mantida.</translation>
        </message>
        <message>
            <source>Improvement %1 %2: its row was deleted in the workbook; kept.</source>
            <translation>Melhoria %1 %2: sua linha foi apagada na pasta de trabalho; mantida.</translation>
        </message>
        <message>
            <source>Row %1: there is no improvement %2 in this journey; the row was skipped.</source>
            <translation>Linha %1: não há melhoria %2 nesta jornada; a linha foi ignorada.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export “%1”</source>
            <translation>Exportar “%1”</translation>
        </message>
        <message>
            <source>The whole journey</source>
            <translation>A jornada inteira</translation>
        </message>
        <message numerus="yes">
            <source>The selected cards (%n)</source>
            <translation>
                <numerusform>O cartão selecionado (%n)</numerusform>
                <numerusform>Os cartões selecionados (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Paisagem</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Retrato</translation>
        </message>
        <message>
            <source>Fit to one page</source>
            <translation>Ajustar a uma página</translation>
        </message>
        <message>
            <source>Poster, pages across:</source>
            <translation>Pôster, páginas na largura:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>O quê:</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Imagem</translation>
        </message>
        <message>
            <source>&amp;Scale:</source>
            <translation>&amp;Escala:</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Tamanho:</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papel:</translation>
        </message>
        <message>
            <source>&amp;Orientation:</source>
            <translation>&amp;Orientação:</translation>
        </message>
        <message>
            <source>Pages:</source>
            <translation>Páginas:</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 pixels</translation>
        </message>
        <message>
            <source>A workbook with a read-me sheet, the map, the touchpoints, the improvement backlog (to edit and import back), personas, metrics and the emotion curve.</source>
            <translation>Uma pasta de trabalho com uma aba de leia-me, o mapa, os pontos de contato, o backlog de melhorias (para editar e importar de volta), personas, métricas e a curva de emoções.</translation>
        </message>
        <message>
            <source>The improvement backlog as a CSV table (UTF-8, opens in Excel).</source>
            <translation>O backlog de melhorias como tabela CSV (UTF-8, abre no Excel).</translation>
        </message>
        <message>
            <source>Every card of the journey as a CSV table (UTF-8, opens in Excel).</source>
            <translation>Todos os cartões da jornada como tabela CSV (UTF-8, abre no Excel).</translation>
        </message>
        <message>
            <source>The whole journey with its personas, to import into another Jornada file.</source>
            <translation>A jornada inteira com suas personas, para importar em outro arquivo do Jornada.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <source>Lanes</source>
            <translation>Raias</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Canais</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidência</translation>
        </message>
        <message>
            <source>Saved &amp;views:</source>
            <translation>&amp;Visões salvas:</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translation>Visões salvas</translation>
        </message>
        <message>
            <source>&amp;Save view…</source>
            <translation>&amp;Salvar visão…</translation>
        </message>
        <message>
            <source>Save the filter as a view</source>
            <translation>Salvar o filtro como uma visão</translation>
        </message>
        <message>
            <source>Delete view</source>
            <translation>Excluir visão</translation>
        </message>
        <message>
            <source>Delete the chosen view</source>
            <translation>Excluir a visão escolhida</translation>
        </message>
        <message>
            <source>Filter values: tick what to show</source>
            <translation>Valores do filtro: marque o que mostrar</translation>
        </message>
        <message>
            <source>Show &amp;everything</source>
            <translation>Mostrar &amp;tudo</translation>
        </message>
        <message>
            <source>Clear the filter</source>
            <translation>Limpar o filtro</translation>
        </message>
        <message>
            <source>Showing every card.</source>
            <translation>Mostrando todos os cartões.</translation>
        </message>
        <message>
            <source>Showing %1 of %2 cards; the rest are dimmed.</source>
            <translation>Mostrando %1 de %2 cartões; os demais ficam esmaecidos.</translation>
        </message>
        <message>
            <source>Save view</source>
            <translation>Salvar visão</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Nome da visão:</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Localizar:</translation>
        </message>
        <message>
            <source>Find in cards, notes and improvements</source>
            <translation type="vanished">Localizar em cartões, notas e melhorias</translation>
        </message>
        <message>
            <source>Find in cards, notes, improvements and quotes</source>
            <translation>Localizar em cartões, notas, melhorias e citações</translation>
        </message>
        <message>
            <source>Find text</source>
            <translation>Texto a localizar</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>Ocorrência anterior (Shift+F3)</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Ocorrência anterior</translation>
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation>Próxima ocorrência (F3)</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Próxima ocorrência</translation>
        </message>
        <message>
            <source>Close the find bar (Esc)</source>
            <translation>Fechar a barra de localizar (Esc)</translation>
        </message>
        <message>
            <source>Close the find bar</source>
            <translation>Fechar a barra de localizar</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Nada encontrado</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Jornada in five minutes</source>
            <translation>O Jornada em cinco minutos</translation>
        </message>
        <message>
            <source>A journey map shows what a customer goes through: &lt;b&gt;stages&lt;/b&gt; run from left to right, &lt;b&gt;lanes&lt;/b&gt; from top to bottom, and &lt;b&gt;cards&lt;/b&gt; sit in the cells.</source>
            <translation>Um mapa de jornada mostra o que um cliente vive: as &lt;b&gt;etapas&lt;/b&gt; vão da esquerda para a direita, as &lt;b&gt;raias&lt;/b&gt; de cima para baixo, e os &lt;b&gt;cartões&lt;/b&gt; ficam nas células.</translation>
        </message>
        <message>
            <source>Build the map</source>
            <translation>Monte o mapa</translation>
        </message>
        <message>
            <source>Start from a template on the start screen, or open a .jornada file.</source>
            <translation>Comece por um modelo na tela inicial ou abra um arquivo .jornada.</translation>
        </message>
        <message>
            <source>Add a card with the palette or by double-clicking a cell; drag cards between cells.</source>
            <translation>Adicione um cartão pela paleta ou com um clique duplo numa célula; arraste cartões entre células.</translation>
        </message>
        <message>
            <source>Give touchpoints a channel and an emotion; the emotion curve follows them. Every emotion has a face and a word, not only a colour.</source>
            <translation>Dê a cada ponto de contato um canal e uma emoção; a curva de emoções acompanha. Toda emoção tem um rosto e uma palavra, não só uma cor.</translation>
        </message>
        <message>
            <source>Every change is saved in the file at once. Undo and redo go back and forth.</source>
            <translation>Toda alteração é salva no arquivo na hora. Desfazer e refazer vão e voltam.</translation>
        </message>
        <message>
            <source>Run a workshop</source>
            <translation>Conduza uma oficina</translation>
        </message>
        <message>
            <source>Presentation mode (F5) fills the screen. The arrow keys step through the stages; the current stage is highlighted and the rest dimmed.</source>
            <translation>O modo apresentação (F5) ocupa a tela inteira. As setas percorrem as etapas; a etapa atual fica em destaque e as demais esmaecidas.</translation>
        </message>
        <message>
            <source>Lock the structure so that stages and lanes cannot be moved, renamed or deleted while participants add cards.</source>
            <translation>Trave a estrutura para que etapas e raias não sejam movidas, renomeadas ou excluídas enquanto os participantes adicionam cartões.</translation>
        </message>
        <message>
            <source>Quick capture: type and press Enter to add a card to the focused cell; Tab moves to the next cell. Each participant can have a colour.</source>
            <translation type="vanished">Captura rápida: digite e tecle Enter para pôr um cartão na célula em foco; Tab vai para a próxima célula. Cada participante pode ter uma cor.</translation>
        </message>
        <message>
            <source>Start the countdown for each activity; at the end, keep a post-workshop snapshot.</source>
            <translation type="vanished">Inicie a contagem regressiva de cada atividade; no fim, guarde um instantâneo pós-oficina.</translation>
        </message>
        <message>
            <source>Quick capture: type and press Enter to add a card to the focused cell; Tab moves to the next cell. Each participant has their own colour, on their cards and votes.</source>
            <translation>Captura rápida: digite e tecle Enter para adicionar um cartão à célula em foco; Tab vai para a próxima célula. Cada participante tem a sua cor, nos seus cartões e votos.</translation>
        </message>
        <message>
            <source>Presentation mode starts by asking who is in the room (Ctrl+P). Ctrl+0 shows the current stage with every lane readable from the back of the room.</source>
            <translation>O modo apresentação começa perguntando quem está na sala (Ctrl+P). Ctrl+0 mostra a etapa atual com todas as raias legíveis do fundo da sala.</translation>
        </message>
        <message>
            <source>Dot voting in rounds (Ctrl+B, or Workshop ▸ Voting): each person's votes are counted against their allowance; + and − vote, selecting never does; closing the round ranks the items.</source>
            <translation>Votação por pontos em rodadas (Ctrl+B, ou Oficina ▸ Votação): os votos de cada pessoa contam contra a sua cota; + e − votam, selecionar nunca vota; fechar a rodada ordena os itens.</translation>
        </message>
        <message>
            <source>Prepare an agenda of timed steps (Workshop ▸ Agenda); the countdown follows it (Ctrl+Shift+T: next step). At the end, keep a post-workshop snapshot.</source>
            <translation>Prepare uma pauta de etapas cronometradas (Oficina ▸ Pauta); a contagem regressiva a segue (Ctrl+Shift+T: próxima etapa). No fim, guarde um instantâneo pós-oficina.</translation>
        </message>
        <message>
            <source>The room (Workshop ▸ Room, Ctrl+Shift+J): participants scan a QR code on the projector and add cards, rate each stage and vote from their phones, on this computer's network, without internet. Their cards arrive on the map in their colour, saved at once.</source>
            <translation>A sala (Oficina ▸ Sala, Ctrl+Shift+J): os participantes leem um código QR no projetor e, pelo celular, adicionam cartões, avaliam cada etapa e votam, na rede deste computador, sem internet. Os cartões chegam ao mapa na cor de cada um, salvos na hora.</translation>
        </message>
        <message>
            <source>Find and share</source>
            <translation>Localize e compartilhe</translation>
        </message>
        <message>
            <source>Ctrl+F finds text in cards, notes and improvements; F3 and Shift+F3 go to the next and previous match.</source>
            <translation>Ctrl+F localiza texto em cartões, notas e melhorias; F3 e Shift+F3 vão para a próxima ocorrência e a anterior.</translation>
        </message>
        <message>
            <source>Filter the map by lane, persona, channel or evidence, and save the filter as a view.</source>
            <translation>Filtre o mapa por raia, persona, canal ou evidência e salve o filtro como uma visão.</translation>
        </message>
        <message>
            <source>Export the map as an image or PDF, and the backlog as an Excel workbook.</source>
            <translation>Exporte o mapa como imagem ou PDF, e o backlog como pasta de trabalho do Excel.</translation>
        </message>
        <message>
            <source>Language, theme and card text size are in Preferences.</source>
            <translation>Idioma, tema e tamanho do texto dos cartões ficam nas Preferências.</translation>
        </message>
        <message>
            <source>Arrow keys</source>
            <translation>Setas</translation>
        </message>
        <message>
            <source>Move between cells (canvas) or stages (presentation)</source>
            <translation>Percorrer as células (mapa) ou as etapas (apresentação)</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Edit the selected card; in quick capture, add the card</source>
            <translation>Editar o cartão selecionado; na captura rápida, adicionar o cartão</translation>
        </message>
        <message>
            <source>Next / previous cell in quick capture; next control elsewhere</source>
            <translation>Próxima / anterior célula na captura rápida; nos demais, o próximo controle</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Delete the selected cards</source>
            <translation>Excluir os cartões selecionados</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Localizar</translation>
        </message>
        <message>
            <source>Next / previous match</source>
            <translation>Próxima / anterior ocorrência</translation>
        </message>
        <message>
            <source>Presentation mode</source>
            <translation>Modo apresentação</translation>
        </message>
        <message>
            <source>Leave presentation mode or close the find bar</source>
            <translation>Sair do modo apresentação ou fechar a barra de localizar</translation>
        </message>
        <message>
            <source>Lock or unlock the structure (presentation mode)</source>
            <translation>Travar ou destravar a estrutura (modo apresentação)</translation>
        </message>
        <message>
            <source>Start or pause the countdown (presentation mode)</source>
            <translation>Iniciar ou pausar a contagem regressiva (modo apresentação)</translation>
        </message>
        <message>
            <source>Reset the countdown (presentation mode)</source>
            <translation>Reiniciar a contagem regressiva (modo apresentação)</translation>
        </message>
        <message>
            <source>Next step of the agenda (presentation mode)</source>
            <translation>Próxima etapa da pauta (modo apresentação)</translation>
        </message>
        <message>
            <source>Who is in the room / dot voting (presentation mode)</source>
            <translation>Quem está na sala / votação por pontos (modo apresentação)</translation>
        </message>
        <message>
            <source>Add or take back a vote on the focused item (voting)</source>
            <translation>Adicionar ou retirar um voto do item em foco (votação)</translation>
        </message>
        <message>
            <source>The room: phones join (in presentation mode: its QR code on the screen)</source>
            <translation>A sala: entrar pelo celular (no modo apresentação: o código QR na tela)</translation>
        </message>
        <message>
            <source>Fit the current stage / switch between the whole map and the stage (presentation mode)</source>
            <translation>Ajustar a etapa atual / alternar entre o mapa inteiro e a etapa (modo apresentação)</translation>
        </message>
        <message>
            <source>Jornada help</source>
            <translation>Ajuda do Jornada</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>Guia</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atalhos de teclado</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>O que faz</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Guia</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atalhos de teclado</translation>
        </message>
    </context>
    <context>
        <name>ImprovementBadges</name>
        <message>
            <source>%n improvement(s) in the backlog</source>
            <translation>%n melhoria no backlog</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Select a card to see and edit its details.</source>
            <translation>Selecione um cartão para ver e editar seus detalhes.</translation>
        </message>
        <message>
            <source>No emotion</source>
            <translation>Sem emoção</translation>
        </message>
        <message>
            <source>How each persona feels here</source>
            <translation>Como cada persona se sente aqui</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Não informado</translation>
        </message>
        <message>
            <source>Card colour</source>
            <translation>Cor do cartão</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automática</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Descrição</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>&amp;Canal</translation>
        </message>
        <message>
            <source>De&amp;partment</source>
            <translation>De&amp;partamento</translation>
        </message>
        <message>
            <source>&amp;Emotion</source>
            <translation>&amp;Emoção</translation>
        </message>
        <message>
            <source>Emotion, to-&amp;be</source>
            <translation>Emoção, &amp;futura</translation>
        </message>
        <message>
            <source>E&amp;vidence</source>
            <translation>E&amp;vidência</translation>
        </message>
        <message>
            <source>Colou&amp;r</source>
            <translation>Co&amp;r</translation>
        </message>
        <message>
            <source>Pe&amp;rsona</source>
            <translation>Pe&amp;rsona</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>Citações</translation>
        </message>
        <message>
            <source>Mark &amp;observed</source>
            <translation>Marcar como &amp;observado</translation>
        </message>
        <message>
            <source>These quotes are evidence: set the card's evidence to Observed</source>
            <translation>Estas citações são evidência: definir a evidência do cartão como Observado</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Emoção</translation>
        </message>
        <message>
            <source>Emotion, to-be</source>
            <translation>Emoção, futura</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidência</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message numerus="yes">
            <source>%n cards selected.</source>
            <translation>
                <numerusform>%n cartão selecionado.</numerusform>
                <numerusform>%n cartões selecionados.</numerusform>
            </translation>
        </message>
        <message>
            <source>No persona</source>
            <translation>Sem persona</translation>
        </message>
        <message>
            <source>By kind</source>
            <translation>Pelo tipo</translation>
        </message>
        <message>
            <source>Automatic (by kind)</source>
            <translation>Automática (pelo tipo)</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)…</source>
            <translation>
                <numerusform>%n nota…</numerusform>
                <numerusform>%n notas…</numerusform>
            </translation>
        </message>
        <message>
            <source>Add a note…</source>
            <translation>Adicionar uma nota…</translation>
        </message>
        <message numerus="yes">
            <source>What customers said (%n quote(s))</source>
            <translation>
                <numerusform>O que os clientes disseram (%n citação)</numerusform>
                <numerusform>O que os clientes disseram (%n citações)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… e mais %n</numerusform>
                <numerusform>… e mais %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Observado</translation>
        </message>
        <message>
            <source>As-is</source>
            <translation>Atual</translation>
        </message>
        <message>
            <source>To-be</source>
            <translation>Futura</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>as-is</source>
            <translation>atual</translation>
        </message>
        <message>
            <source>to-be</source>
            <translation>futura</translation>
        </message>
        <message>
            <source>Add personas to the journey to rate it for each.</source>
            <translation>Adicione personas à jornada para avaliar por cada uma.</translation>
        </message>
    </context>
    <context>
        <name>JoinScreen</name>
        <message>
            <source>Join the workshop</source>
            <translation>Entrar na oficina</translation>
        </message>
        <message>
            <source>Join “%1” from your phone</source>
            <translation>Entre em “%1” pelo celular</translation>
        </message>
        <message>
            <source>Same Wi-Fi as this computer · no app, no account · Esc closes this screen</source>
            <translation>Mesmo Wi-Fi deste computador · sem aplicativo, sem conta · Esc fecha esta tela</translation>
        </message>
    </context>
    <context>
        <name>JourneyEditor</name>
        <message>
            <source>Rate touchpoint</source>
            <translation>Avaliar ponto de contato</translation>
        </message>
    </context>
    <context>
        <name>JourneyList</name>
        <message>
            <source>Journeys</source>
            <translation>Jornadas</translation>
        </message>
        <message>
            <source>New journey</source>
            <translation>Nova jornada</translation>
        </message>
        <message>
            <source>Rename journey</source>
            <translation>Renomear jornada</translation>
        </message>
        <message>
            <source>Duplicate journey</source>
            <translation>Duplicar jornada</translation>
        </message>
        <message>
            <source>Delete journey…</source>
            <translation>Excluir jornada…</translation>
        </message>
        <message>
            <source>Move journey up</source>
            <translation>Mover jornada para cima</translation>
        </message>
        <message>
            <source>Move journey down</source>
            <translation>Mover jornada para baixo</translation>
        </message>
    </context>
    <context>
        <name>JourneyScene</name>
        <message>
            <source>This journey is empty: add a stage and a lane.</source>
            <translation>Esta jornada está vazia: adicione uma etapa e uma raia.</translation>
        </message>
        <message>
            <source>Add a stage to place cards.</source>
            <translation>Adicione uma etapa para colocar cartões.</translation>
        </message>
        <message>
            <source>Add a lane to place cards.</source>
            <translation>Adicione uma raia para colocar cartões.</translation>
        </message>
        <message>
            <source>The structure is locked: stages and lanes stay as they are. Unlock it in the Workshop menu to move or rename them.</source>
            <translation>A estrutura está travada: etapas e raias ficam como estão. Destrave-a no menu Oficina para movê-las ou renomeá-las.</translation>
        </message>
    </context>
    <context>
        <name>JourneyView</name>
        <message>
            <source>Journey map</source>
            <translation>Mapa da jornada</translation>
        </message>
        <message>
            <source>%1 — type a title, Enter to add</source>
            <translation>%1 — digite um título, Enter para adicionar</translation>
        </message>
        <message>
            <source>New %1 — type a title, Enter to add</source>
            <translation type="vanished">Novo(a) %1 — digite um título, Enter para adicionar</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Journeys</source>
            <translation>Jornadas</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Pronto</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>&amp;New map…</source>
            <translation>&amp;Novo mapa…</translation>
        </message>
        <message>
            <source>Create a new map from a template</source>
            <translation>Criar um novo mapa a partir de um modelo</translation>
        </message>
        <message>
            <source>Open a journey map file</source>
            <translation>Abrir um arquivo de mapa de jornada</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Recor&amp;tar</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>C&amp;olar</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicar</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>E&amp;xcluir</translation>
        </message>
        <message>
            <source>Select &amp;all cards</source>
            <translation>&amp;Selecionar todos os cartões</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Localizar…</translation>
        </message>
        <message>
            <source>New &amp;card in current cell</source>
            <translation>Novo &amp;cartão na célula atual</translation>
        </message>
        <message>
            <source>Type a card's title in the current cell</source>
            <translation>Digitar o título de um cartão na célula atual</translation>
        </message>
        <message>
            <source>&amp;Edit title</source>
            <translation>&amp;Editar título</translation>
        </message>
        <message>
            <source>&amp;Notes of card…</source>
            <translation>&amp;Notas do cartão…</translation>
        </message>
        <message>
            <source>Add &amp;stage</source>
            <translation>Adicionar eta&amp;pa</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Aumentar zoom</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>&amp;Diminuir zoom</translation>
        </message>
        <message>
            <source>&amp;Fit map</source>
            <translation>A&amp;justar o mapa</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Tamanho real</translation>
        </message>
        <message>
            <source>Go to the &amp;map</source>
            <translation>Ir para o &amp;mapa</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>E&amp;xibir</translation>
        </message>
        <message>
            <source>Show &amp;hidden</source>
            <translation>Mostrar &amp;ocultos</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Painéis</translation>
        </message>
        <message>
            <source>&amp;Journey</source>
            <translation>&amp;Jornada</translation>
        </message>
        <message>
            <source>Add &amp;lane</source>
            <translation>Adicionar &amp;raia</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Cartões</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspetor</translation>
        </message>
        <message>
            <source>Undo history</source>
            <translation>Histórico de alterações</translation>
        </message>
        <message>
            <source>&lt;opened&gt;</source>
            <translation>&lt;aberto&gt;</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Histórico</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Jornada</source>
            <translation>Jornada</translation>
        </message>
        <message>
            <source>Open journey map</source>
            <translation>Abrir mapa de jornada</translation>
        </message>
        <message>
            <source>Jornada files (*.jornada);;All files (*)</source>
            <translation>Arquivos do Jornada (*.jornada);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>New map</source>
            <translation>Novo mapa</translation>
        </message>
        <message>
            <source>Start from:</source>
            <translation>Começar por:</translation>
        </message>
        <message>
            <source>New journey map</source>
            <translation>Novo mapa de jornada</translation>
        </message>
        <message>
            <source>Jornada files (*.jornada)</source>
            <translation>Arquivos do Jornada (*.jornada)</translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n selecionado</numerusform>
                <numerusform>%n selecionados</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Desfazer %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Refazer %1</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Localizar</translation>
        </message>
        <message>
            <source>Find cards containing:</source>
            <translation>Localizar cartões que contenham:</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) found</source>
            <translation>
                <numerusform>%n cartão encontrado</numerusform>
                <numerusform>%n cartões encontrados</numerusform>
            </translation>
        </message>
        <message>
            <source>No card contains “%1”.</source>
            <translation>Nenhum cartão contém “%1”.</translation>
        </message>
        <message>
            <source>Nothing is hidden</source>
            <translation>Nada está oculto</translation>
        </message>
        <message>
            <source>Read-only: this file cannot be changed here. Edits are disabled.</source>
            <translation>Somente leitura: este arquivo não pode ser alterado aqui. A edição está desativada.</translation>
        </message>
        <message>
            <source>New journey</source>
            <translation>Nova jornada</translation>
        </message>
        <message>
            <source>Title of the journey:</source>
            <translation>Título da jornada:</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (cópia)</translation>
        </message>
        <message numerus="yes">
            <source>Delete the journey “%1” with its %n card(s)?</source>
            <translation>
                <numerusform>Excluir a jornada “%1” com seu %n cartão?</numerusform>
                <numerusform>Excluir a jornada “%1” com seus %n cartões?</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete journey</source>
            <translation>Excluir jornada</translation>
        </message>
        <message>
            <source>You can undo this with Edit ▸ Undo.</source>
            <translation>Dá para desfazer com Editar ▸ Desfazer.</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n cartão</numerusform>
                <numerusform>%n cartões</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MetricsPanel</name>
        <message>
            <source>New metric…</source>
            <translation>Nova métrica…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Métrica</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>Aplica-se a</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Realizado</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidade</translation>
        </message>
        <message>
            <source>Measured on</source>
            <translation>Medido em</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fonte</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Histórico</translation>
        </message>
        <message numerus="yes">
            <source>The last %n measurement(s), oldest first; the dotted line is the target</source>
            <translation>
                <numerusform>A última medição; a linha pontilhada é a meta</numerusform>
                <numerusform>As últimas %n medições, da mais antiga à mais recente; a linha pontilhada é a meta</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete metric</source>
            <translation>Excluir métrica</translation>
        </message>
    </context>
    <context>
        <name>NotesDialog</name>
        <message>
            <source>Notes on “%1”</source>
            <translation>Notas de “%1”</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Texto da nota</translation>
        </message>
        <message>
            <source>Write a note…</source>
            <translation>Escreva uma nota…</translation>
        </message>
        <message>
            <source>&amp;Add as new note</source>
            <translation>&amp;Adicionar como nova nota</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Salvar alterações</translation>
        </message>
        <message>
            <source>&amp;Delete note</source>
            <translation>E&amp;xcluir nota</translation>
        </message>
        <message>
            <source>Notes attached to this card:</source>
            <translation>Notas anexadas a este cartão:</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Who is in the room?</source>
            <translation>Quem está na sala?</translation>
        </message>
        <message>
            <source>Type a name and press Enter</source>
            <translation>Digite um nome e tecle Enter</translation>
        </message>
        <message>
            <source>New participant's name</source>
            <translation>Nome do novo participante</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Take the selected participant off the list (Delete)</source>
            <translation>Tirar da lista o participante selecionado (Delete)</translation>
        </message>
        <message>
            <source>New list</source>
            <translation>Nova lista</translation>
        </message>
        <message>
            <source>Start an empty list for a new session</source>
            <translation>Começar uma lista vazia para uma nova sessão</translation>
        </message>
        <message>
            <source>Each person gets their own colour, on their cards and votes. F2 renames; Esc goes back to capturing cards.</source>
            <translation>Cada pessoa recebe a sua cor, nos seus cartões e votos. F2 renomeia; Esc volta à captura de cartões.</translation>
        </message>
        <message>
            <source>%1 is already on the list and is now the current participant.</source>
            <translation>%1 já está na lista e agora é o participante atual.</translation>
        </message>
        <message>
            <source>%1 is already on the list.</source>
            <translation type="vanished">%1 já está na lista.</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Adicionar participante</translation>
        </message>
        <message>
            <source>Rename participant</source>
            <translation>Renomear participante</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Remover participante</translation>
        </message>
        <message>
            <source>New participant list</source>
            <translation>Nova lista de participantes</translation>
        </message>
    </context>
    <context>
        <name>PersonaActions</name>
        <message>
            <source>%n card(s) tied to it will keep their place without a persona.</source>
            <translation type="vanished">%n cartão(ões) ligado(s) a ela continua(m) no lugar, sem persona.</translation>
        </message>
    </context>
    <context>
        <name>PersonaEditor</name>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Choose &amp;photo…</source>
            <translation>Escolher &amp;foto…</translation>
        </message>
        <message>
            <source>A PNG, JPEG, GIF or BMP image; it is scaled down and stored in the file.</source>
            <translation>Uma imagem PNG, JPEG, GIF ou BMP; ela é reduzida e guardada no arquivo.</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Remover foto</translation>
        </message>
        <message>
            <source>C&amp;olour…</source>
            <translation>C&amp;or…</translation>
        </message>
        <message>
            <source>The colour of this persona's emotion curve and avatar.</source>
            <translation>A cor da curva de emoções e do avatar desta persona.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Papel:</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>e.g. Online shopper, 34, marketing analyst</source>
            <translation>ex.: compradora on-line, 34 anos, analista de marketing</translation>
        </message>
        <message>
            <source>&amp;Quote:</source>
            <translation>&amp;Citação:</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Citação</translation>
        </message>
        <message>
            <source>&amp;Goals:</source>
            <translation>&amp;Objetivos:</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <source>&amp;Expectations:</source>
            <translation>&amp;Expectativas:</translation>
        </message>
        <message>
            <source>Expectations</source>
            <translation>Expectativas</translation>
        </message>
        <message>
            <source>&amp;Frustrations:</source>
            <translation>&amp;Frustrações:</translation>
        </message>
        <message>
            <source>Frustrations</source>
            <translation>Frustrações</translation>
        </message>
        <message>
            <source>Preferred &amp;channels:</source>
            <translation>&amp;Canais preferidos:</translation>
        </message>
        <message>
            <source>Preferred channels</source>
            <translation>Canais preferidos</translation>
        </message>
        <message>
            <source>Tick the channels this persona prefers.</source>
            <translation>Marque os canais que esta persona prefere.</translation>
        </message>
    </context>
    <context>
        <name>PersonaLibrary</name>
        <message>
            <source>Tick a persona to show it on this journey.</source>
            <translation>Marque uma persona para mostrá-la nesta jornada.</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Nova…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Import from file…</source>
            <translation>Importar de um arquivo…</translation>
        </message>
        <message>
            <source>Copy to open file…</source>
            <translation>Copiar para o arquivo aberto…</translation>
        </message>
        <message>
            <source>Export sheet…</source>
            <translation>Exportar ficha…</translation>
        </message>
    </context>
    <context>
        <name>PersonaStrip</name>
        <message>
            <source>Personas:</source>
            <translation>Personas:</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>nenhuma ainda</translation>
        </message>
        <message>
            <source>Add a persona to this journey</source>
            <translation>Adicionar uma persona a esta jornada</translation>
        </message>
        <message>
            <source>Curves:</source>
            <translation type="vanished">Curvas:</translation>
        </message>
        <message>
            <source>As-is</source>
            <translation type="vanished">Atual</translation>
        </message>
        <message>
            <source>To-be</source>
            <translation type="vanished">Futura</translation>
        </message>
        <message>
            <source>Curves</source>
            <translation>Curvas</translation>
        </message>
        <message>
            <source>Which emotion curves the map shows</source>
            <translation>Quais curvas de emoção o mapa mostra</translation>
        </message>
        <message>
            <source>As-is (everyone)</source>
            <translation>Atual (todos)</translation>
        </message>
        <message>
            <source>To-be (everyone)</source>
            <translation>Futura (todos)</translation>
        </message>
        <message>
            <source>Per persona</source>
            <translation>Por persona</translation>
        </message>
        <message>
            <source>Stage averages</source>
            <translation>Médias por etapa</translation>
        </message>
        <message>
            <source>The room's feelings</source>
            <translation>Sentimentos da sala</translation>
        </message>
        <message>
            <source>The average emotion of each stage today</source>
            <translation>A emoção média de cada etapa hoje</translation>
        </message>
        <message>
            <source>The average to-be emotion of each stage</source>
            <translation>A emoção média futura de cada etapa</translation>
        </message>
        <message>
            <source>One curve per persona and scenario through each touchpoint the persona rated (to-be dashed), in the persona's colour</source>
            <translation>Uma curva por persona e cenário, por cada ponto de contato que a persona avaliou (futuro tracejado), na cor da persona</translation>
        </message>
        <message>
            <source>The personas' curves through the average of each stage instead of each touchpoint</source>
            <translation>As curvas das personas pela média de cada etapa em vez de cada ponto de contato</translation>
        </message>
        <message>
            <source>How the people in the workshop room felt at each stage, rated from their phones (dotted)</source>
            <translation>Como as pessoas na sala da oficina se sentiram em cada etapa, avaliado pelo celular (pontilhado)</translation>
        </message>
        <message>
            <source>One curve per persona, in the persona's colour</source>
            <translation type="vanished">Uma curva por persona, na cor da persona</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Export sheet…</source>
            <translation>Exportar ficha…</translation>
        </message>
        <message>
            <source>Remove from this journey</source>
            <translation>Remover desta jornada</translation>
        </message>
        <message>
            <source>New persona…</source>
            <translation>Nova persona…</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Same as the system</source>
            <translation>Igual ao sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Escuro</translation>
        </message>
        <message>
            <source>When the file is closed</source>
            <translation>Ao fechar o arquivo</translation>
        </message>
        <message>
            <source>When the file is opened</source>
            <translation>Ao abrir o arquivo</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>Uma vez por dia</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source>Default export folder</source>
            <translation>Pasta padrão de exportação</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferências</translation>
        </message>
        <message>
            <source>Language and look</source>
            <translation>Idioma e aparência</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The language of menus and dialogs. It changes at once.</source>
            <translation>O idioma de menus e diálogos. Muda na hora.</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Light, dark, or the same as the system.</source>
            <translation>Claro, escuro ou igual ao sistema.</translation>
        </message>
        <message>
            <source>Card text si&amp;ze:</source>
            <translation>Tamanho do te&amp;xto dos cartões:</translation>
        </message>
        <message>
            <source>Card text size in points</source>
            <translation>Tamanho do texto dos cartões em pontos</translation>
        </message>
        <message>
            <source>Larger text reads better on a projector.</source>
            <translation>Texto maior fica mais legível no projetor.</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Arquivos</translation>
        </message>
        <message>
            <source>&amp;Snapshots:</source>
            <translation>I&amp;nstantâneos:</translation>
        </message>
        <message>
            <source>Snapshot policy</source>
            <translation>Quando guardar instantâneos</translation>
        </message>
        <message>
            <source>When Jornada keeps a dated copy of the open file, to go back to later.</source>
            <translation>Quando o Jornada guarda uma cópia datada do arquivo aberto, para voltar a ela depois.</translation>
        </message>
        <message>
            <source>&amp;Export folder:</source>
            <translation>Pasta de &amp;exportação:</translation>
        </message>
        <message>
            <source>Default export folder</source>
            <translation>Pasta padrão de exportação</translation>
        </message>
        <message>
            <source>The folder of the map file</source>
            <translation>A pasta do arquivo do mapa</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Procurar…</translation>
        </message>
        <message>
            <source>Choose the export folder</source>
            <translation>Escolher a pasta de exportação</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <source>Presentation — Jornada</source>
            <translation>Apresentação — Jornada</translation>
        </message>
        <message>
            <source>Previous stage (Left)</source>
            <translation>Etapa anterior (←)</translation>
        </message>
        <message>
            <source>Next stage (Right)</source>
            <translation>Próxima etapa (→)</translation>
        </message>
        <message>
            <source>Start or pause the countdown (Ctrl+T)</source>
            <translation>Iniciar ou pausar a contagem regressiva (Ctrl+T)</translation>
        </message>
        <message>
            <source>Keep a post-workshop snapshot now</source>
            <translation>Guardar agora um instantâneo pós-oficina</translation>
        </message>
        <message>
            <source>Leave presentation mode (Esc)</source>
            <translation>Sair do modo apresentação (Esc)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Minutes for the activity</source>
            <translation>Minutos da atividade</translation>
        </message>
        <message>
            <source>Minutes for the activity (Enter applies them)</source>
            <translation>Minutos da atividade (Enter aplica)</translation>
        </message>
        <message>
            <source>Start or pause the countdown (Ctrl+T) · Ctrl+R resets it</source>
            <translation>Iniciar ou pausar a contagem regressiva (Ctrl+T) · Ctrl+R reinicia</translation>
        </message>
        <message>
            <source>The step of the agenda the countdown is for (Ctrl+Shift+T: next step)</source>
            <translation>A etapa da pauta da contagem regressiva (Ctrl+Shift+T: próxima etapa)</translation>
        </message>
        <message>
            <source>Agenda step</source>
            <translation>Etapa da pauta</translation>
        </message>
        <message>
            <source>Who is in the room (Ctrl+P)</source>
            <translation>Quem está na sala (Ctrl+P)</translation>
        </message>
        <message>
            <source>Dot voting (Ctrl+B)</source>
            <translation>Votação por pontos (Ctrl+B)</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>Voting</source>
            <translation>Votação</translation>
        </message>
        <message>
            <source>Type a card and press Enter · Tab: next cell · ←/→: stage · ↑/↓: lane</source>
            <translation>Digite um cartão e tecle Enter · Tab: próxima célula · ←/→: etapa · ↑/↓: raia</translation>
        </message>
        <message>
            <source>Quick capture: the text of a new card</source>
            <translation>Captura rápida: o texto de um novo cartão</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Cards you capture carry this name and its colour.</source>
            <translation>Os cartões capturados levam este nome e a sua cor.</translation>
        </message>
        <message>
            <source>No stages</source>
            <translation>Sem etapas</translation>
        </message>
        <message>
            <source>%1 of %2 · %3</source>
            <translation>%1 de %2 · %3</translation>
        </message>
        <message>
            <source>Facilitator (no name)</source>
            <translation>Facilitador (sem nome)</translation>
        </message>
        <message>
            <source>Colour of %1</source>
            <translation>Cor de %1</translation>
        </message>
        <message>
            <source>Add card</source>
            <translation>Adicionar cartão</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) added</source>
            <translation>
                <numerusform>%n cartão adicionado</numerusform>
                <numerusform>%n cartões adicionados</numerusform>
            </translation>
        </message>
        <message>
            <source>Esc again clears the text; Enter adds it</source>
            <translation>Esc de novo apaga o texto; Enter o adiciona</translation>
        </message>
        <message>
            <source>Lock structure</source>
            <translation>Travar estrutura</translation>
        </message>
        <message>
            <source>Unlock structure</source>
            <translation>Destravar estrutura</translation>
        </message>
        <message>
            <source>Structure locked: stages and lanes stay put (Ctrl+L to unlock)</source>
            <translation>Estrutura travada: etapas e raias ficam no lugar (Ctrl+L destrava)</translation>
        </message>
        <message>
            <source>Lock the structure (Ctrl+L)</source>
            <translation>Travar a estrutura (Ctrl+L)</translation>
        </message>
        <message>
            <source>Structure locked: stages and lanes stay put; cards can still be added. Ctrl+L unlocks.</source>
            <translation>Estrutura travada: etapas e raias ficam como estão; cartões ainda podem ser adicionados. Ctrl+L destrava.</translation>
        </message>
        <message>
            <source>🔒 Structure locked: stages and lanes stay put; cards can still be added. Ctrl+L unlocks.</source>
            <translation type="vanished">🔒 Estrutura travada: etapas e raias ficam como estão; cartões ainda podem ser adicionados. Ctrl+L destrava.</translation>
        </message>
        <message>
            <source>Free countdown</source>
            <translation>Contagem livre</translation>
        </message>
        <message>
            <source>%1. %2 (%3 min)</source>
            <translation>%1. %2 (%3 min)</translation>
        </message>
        <message>
            <source>Next: %1, %2 min (Ctrl+T starts)</source>
            <translation>A seguir: %1, %2 min (Ctrl+T inicia)</translation>
        </message>
        <message>
            <source>Time is up: %1</source>
            <translation>Tempo esgotado: %1</translation>
        </message>
        <message>
            <source>Ctrl+Shift+T: %1</source>
            <translation>Ctrl+Shift+T: %1</translation>
        </message>
        <message>
            <source>Time is up</source>
            <translation>O tempo acabou</translation>
        </message>
        <message>
            <source>Post-workshop</source>
            <translation>Pós-oficina</translation>
        </message>
        <message>
            <source>Snapshot</source>
            <translation>Instantâneo</translation>
        </message>
        <message>
            <source>Post-workshop snapshot kept</source>
            <translation>Instantâneo pós-oficina guardado</translation>
        </message>
        <message>
            <source>End of the workshop</source>
            <translation>Fim da oficina</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) were added. Keep a post-workshop snapshot of the map?</source>
            <translation>
                <numerusform>%n cartão foi adicionado. Guardar um instantâneo pós-oficina do mapa?</numerusform>
                <numerusform>%n cartões foram adicionados. Guardar um instantâneo pós-oficina do mapa?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Procurar em:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Arquivos do &amp;tipo:</translation>
        </message>
    </context>
    <context>
        <name>QrCode</name>
        <message>
            <source>QR code of the room's address</source>
            <translation>Código QR do endereço da sala</translation>
        </message>
    </context>
    <context>
        <name>ReliabilityActions</name>
        <message>
            <source>Save &amp;version…</source>
            <translation>Salvar &amp;versão…</translation>
        </message>
        <message>
            <source>V&amp;ersions…</source>
            <translation>&amp;Histórico de versões…</translation>
        </message>
        <message>
            <source>Save a &amp;copy as…</source>
            <translation>Salvar uma &amp;cópia como…</translation>
        </message>
        <message>
            <source>Save version</source>
            <translation>Salvar versão</translation>
        </message>
        <message>
            <source>A name for this version (optional):</source>
            <translation>Um nome para esta versão (opcional):</translation>
        </message>
        <message>
            <source>Version saved.</source>
            <translation>Versão salva.</translation>
        </message>
        <message>
            <source>Save a copy as</source>
            <translation>Salvar uma cópia como</translation>
        </message>
        <message>
            <source>Jornada files (*.jornada)</source>
            <translation>Arquivos do Jornada (*.jornada)</translation>
        </message>
        <message>
            <source>A copy was saved as “%1”.</source>
            <translation>Uma cópia foi salva como “%1”.</translation>
        </message>
    </context>
    <context>
        <name>RoomDock</name>
        <message>
            <source>Open a map to prepare the workshop.</source>
            <translation>Abra um mapa para preparar a oficina.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>Voting</source>
            <translation>Votação</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Pauta</translation>
        </message>
    </context>
    <context>
        <name>RoomWindow</name>
        <message>
            <source>Room</source>
            <translation>Sala</translation>
        </message>
        <message>
            <source>Participants join from their phones on this computer's network: no internet, no app, no account. Everything they send is saved in this file at once.</source>
            <translation>Os participantes entram pelo celular, na rede deste computador: sem internet, sem aplicativo, sem conta. Tudo o que enviam é salvo neste arquivo na hora.</translation>
        </message>
        <message>
            <source>The network the phones are on. Only this address listens.</source>
            <translation>A rede em que estão os celulares. Só este endereço escuta.</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Endereço:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Porta:</translation>
        </message>
        <message>
            <source>&amp;Moderate: contributions wait for me to accept them</source>
            <translation>&amp;Moderar: as contribuições esperam que eu as aceite</translation>
        </message>
        <message>
            <source>&amp;Silent brainstorming: phones see only their own until I reveal</source>
            <translation>Brainstorming &amp;silencioso: cada celular vê só as suas até eu revelar</translation>
        </message>
        <message>
            <source>S&amp;tart room</source>
            <translation>&amp;Iniciar sala</translation>
        </message>
        <message>
            <source>Show on the pro&amp;jector</source>
            <translation>Mostrar no p&amp;rojetor</translation>
        </message>
        <message>
            <source>Acc&amp;ept</source>
            <translation>&amp;Aceitar</translation>
        </message>
        <message>
            <source>Remo&amp;ve from the room</source>
            <translation>Tirar da sa&amp;la</translation>
        </message>
        <message numerus="yes">
            <source>%n joined</source>
            <translation>
                <numerusform>%n entrou</numerusform>
                <numerusform>%n entraram</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n esperando</numerusform>
                <numerusform>%n esperando</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sent in all</source>
            <translation>
                <numerusform>%n enviada ao todo</numerusform>
                <numerusform>%n enviadas ao todo</numerusform>
            </translation>
        </message>
        <message>
            <source>Show on the &amp;projector</source>
            <translation type="vanished">Mostrar no p&amp;rojetor</translation>
        </message>
        <message>
            <source>&amp;Reveal everyone's</source>
            <translation>Re&amp;velar as de todos</translation>
        </message>
        <message>
            <source>Waiting for you (moderation):</source>
            <translation>Esperando por você (moderação):</translation>
        </message>
        <message>
            <source>Contributions waiting</source>
            <translation>Contribuições esperando</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation type="vanished">&amp;Aceitar</translation>
        </message>
        <message>
            <source>Tur&amp;n down</source>
            <translation>Re&amp;cusar</translation>
        </message>
        <message>
            <source>Accept a&amp;ll</source>
            <translation>Aceitar &amp;todas</translation>
        </message>
        <message>
            <source>People who joined:</source>
            <translation>Quem entrou:</translation>
        </message>
        <message>
            <source>People who joined</source>
            <translation>Quem entrou</translation>
        </message>
        <message>
            <source>Re&amp;move from the room</source>
            <translation type="vanished">Tirar da sa&amp;la</translation>
        </message>
        <message>
            <source>The room is closed; everything sent is in the file.</source>
            <translation>A sala está fechada; tudo o que foi enviado está no arquivo.</translation>
        </message>
        <message>
            <source>The room is open at %1</source>
            <translation>A sala está aberta em %1</translation>
        </message>
        <message>
            <source>S&amp;top room</source>
            <translation>E&amp;ncerrar sala</translation>
        </message>
        <message>
            <source>The room is closed.</source>
            <translation>A sala está fechada.</translation>
        </message>
        <message>
            <source>%1 joined · %2 waiting · %3 sent in all</source>
            <translation type="vanished">%1 entraram · %2 esperando · %3 enviadas ao todo</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Jornada — start</source>
            <translation>Jornada — início</translation>
        </message>
        <message>
            <source>Customer-journey maps for workshops and teams, offline.</source>
            <translation>Mapas da jornada do cliente para oficinas e equipes, sem internet.</translation>
        </message>
        <message>
            <source>&amp;New map from the selected template</source>
            <translation>&amp;Novo mapa a partir do modelo selecionado</translation>
        </message>
        <message>
            <source>New map from the selected template</source>
            <translation>Novo mapa a partir do modelo selecionado</translation>
        </message>
        <message>
            <source>&amp;Open a map…</source>
            <translation>&amp;Abrir um mapa…</translation>
        </message>
        <message>
            <source>Open a map file</source>
            <translation>Abrir um arquivo de mapa</translation>
        </message>
        <message>
            <source>Explore the &amp;sample map</source>
            <translation>Explorar o mapa de &amp;exemplo</translation>
        </message>
        <message>
            <source>Open the sample map</source>
            <translation>Abrir o mapa de exemplo</translation>
        </message>
        <message>
            <source>&amp;Recent maps</source>
            <translation>Mapas &amp;recentes</translation>
        </message>
        <message>
            <source>Recent maps</source>
            <translation>Mapas recentes</translation>
        </message>
        <message>
            <source>Maps you open will be listed here.</source>
            <translation>Os mapas que você abrir aparecerão aqui.</translation>
        </message>
        <message>
            <source>Needs &amp;attention</source>
            <translation>Precisa de &amp;atenção</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Precisa de atenção</translation>
        </message>
        <message>
            <source>New from a &amp;template</source>
            <translation>Novo a partir de um &amp;modelo</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Modelos</translation>
        </message>
        <message>
            <source>Press Enter to create a map from the template.</source>
            <translation>Tecle Enter para criar um mapa a partir do modelo.</translation>
        </message>
        <message>
            <source>Double-click a template, or select it and press Enter.</source>
            <translation>Dê um clique duplo num modelo, ou selecione-o e tecle Enter.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… e mais %n</numerusform>
                <numerusform>… e mais %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Metric “%1” is due for review (last measured %2)</source>
            <translation>A métrica “%1” precisa ser revisada (última medição em %2)</translation>
        </message>
        <message>
            <source>Metric “%1” is due for review (never measured)</source>
            <translation>A métrica “%1” precisa ser revisada (nunca medida)</translation>
        </message>
        <message>
            <source>Improvement “%1”: follow-up was due %2</source>
            <translation>Melhoria “%1”: o acompanhamento era para %2</translation>
        </message>
        <message>
            <source>New map</source>
            <translation>Novo mapa</translation>
        </message>
        <message>
            <source>“%1” already exists; choose another name.</source>
            <translation>“%1” já existe; escolha outro nome.</translation>
        </message>
        <message>
            <source>The map could not be created: %1</source>
            <translation>Não foi possível criar o mapa: %1</translation>
        </message>
        <message>
            <source>Sample map</source>
            <translation>Mapa de exemplo</translation>
        </message>
        <message>
            <source>The sample map could not be created: %1</source>
            <translation>Não foi possível criar o mapa de exemplo: %1</translation>
        </message>
        <message>
            <source>Jornada files (*.jornada)</source>
            <translation>Arquivos do Jornada (*.jornada)</translation>
        </message>
        <message>
            <source>Open journey map</source>
            <translation>Abrir mapa de jornada</translation>
        </message>
        <message>
            <source>Jornada files (*.jornada);;All files (*)</source>
            <translation>Arquivos do Jornada (*.jornada);;Todos os arquivos (*)</translation>
        </message>
    </context>
    <context>
        <name>StructureLock</name>
        <message>
            <source>The structure of this journey is locked: stages and lanes cannot be added, moved, renamed or deleted. Unlock the structure first (Workshop menu).</source>
            <translation>A estrutura desta jornada está travada: etapas e raias não podem ser adicionadas, movidas, renomeadas nem excluídas. Destrave a estrutura antes (menu Oficina).</translation>
        </message>
    </context>
    <context>
        <name>SurveyDialog</name>
        <message>
            <source>Import survey results</source>
            <translation>Importar resultados de pesquisa</translation>
        </message>
        <message>
            <source>NPS (0–10)</source>
            <translation>NPS (0–10)</translation>
        </message>
        <message>
            <source>CSAT (1–5)</source>
            <translation>CSAT (1–5)</translation>
        </message>
        <message>
            <source>CES (1–7)</source>
            <translation>CES (1–7)</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Ponto de contato</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentário</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Pesquisa</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nenhuma)</translation>
        </message>
        <message>
            <source>column %1</source>
            <translation>coluna %1</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>The first rows of “%1”:</source>
            <translation>As primeiras linhas de “%1”:</translation>
        </message>
        <message>
            <source>In the first %1 rows: </source>
            <translation>Nas primeiras %1 linhas: </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) will count</source>
            <translation>
                <numerusform>%n resposta vai contar</numerusform>
                <numerusform>%n respostas vão contar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n value(s) computed (per stage, touchpoint and month)</source>
            <translation>
                <numerusform>%n valor calculado (por etapa, ponto de contato e mês)</numerusform>
                <numerusform>%n valores calculados (por etapa, ponto de contato e mês)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s) will come in from the comments</source>
            <translation>
                <numerusform>%n citação virá dos comentários</numerusform>
                <numerusform>%n citações virão dos comentários</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) reported, first: row %1, %2</source>
            <translation>
                <numerusform>%n linha relatada: linha %1, %2</numerusform>
                <numerusform>%n linhas relatadas, a primeira: linha %1, %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading “%1”…</source>
            <translation>Lendo “%1”…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>A importação foi cancelada; nada foi alterado.</translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s) added.</source>
            <translation>
                <numerusform>%n citação adicionada.</numerusform>
                <numerusform>%n citações adicionadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) left out, first: row %1, %2</source>
            <translation type="vanished">
                <numerusform>%n linha deixada de fora, a primeira: linha %1, %2</numerusform>
                <numerusform>%n linhas deixadas de fora, a primeira: linha %1, %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measurement(s) added from “%1”.</source>
            <translation>
                <numerusform>%n medição adicionada de “%1”.</numerusform>
                <numerusform>%n medições adicionadas de “%1”.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <source>Saved by you</source>
            <translation>Salva por você</translation>
        </message>
        <message>
            <source>Start of the day</source>
            <translation>Início do dia</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Antes de uma importação</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Antes de uma restauração</translation>
        </message>
        <message>
            <source>When the file was opened</source>
            <translation>Ao abrir o arquivo</translation>
        </message>
        <message>
            <source>When the file was closed</source>
            <translation>Ao fechar o arquivo</translation>
        </message>
        <message>
            <source>Versions of “%1”</source>
            <translation>Versões de “%1”</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versões</translation>
        </message>
        <message>
            <source>Versions are kept in the folder “%1” beside the file.</source>
            <translation>As versões ficam na pasta “%1”, ao lado do arquivo.</translation>
        </message>
        <message>
            <source>&amp;Save version…</source>
            <translation>&amp;Salvar versão…</translation>
        </message>
        <message>
            <source>&amp;Restore this version</source>
            <translation>&amp;Restaurar esta versão</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>E&amp;xcluir</translation>
        </message>
        <message>
            <source>No versions yet. “Save version…” keeps the map as it is now.</source>
            <translation>Ainda não há versões. “Salvar versão…” guarda o mapa como está agora.</translation>
        </message>
        <message>
            <source>This version cannot be read: %1</source>
            <translation>Não foi possível ler esta versão: %1</translation>
        </message>
        <message>
            <source>This version has no journeys.</source>
            <translation>Esta versão não tem jornadas.</translation>
        </message>
        <message numerus="yes">
            <source>%n journey(s)</source>
            <translation>
                <numerusform>%n jornada</numerusform>
                <numerusform>%n jornadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n cartão</numerusform>
                <numerusform>%n cartões</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n improvement(s)</source>
            <translation>
                <numerusform>%n melhoria</numerusform>
                <numerusform>%n melhorias</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 journey(s), %2 card(s), %3 improvement(s)</source>
            <translation type="vanished">%1 jornada(s), %2 cartão(ões), %3 melhoria(s)</translation>
        </message>
        <message>
            <source>Save version</source>
            <translation>Salvar versão</translation>
        </message>
        <message>
            <source>A name for this version (optional):</source>
            <translation>Um nome para esta versão (opcional):</translation>
        </message>
        <message>
            <source>Restore version</source>
            <translation>Restaurar versão</translation>
        </message>
        <message>
            <source>Restore the version “%1”? The map as it is now is kept as a version first, and Undo brings it back.</source>
            <translation>Restaurar a versão “%1”? O mapa como está agora é guardado antes como versão, e Desfazer o traz de volta.</translation>
        </message>
        <message>
            <source>Restore version “%1”</source>
            <translation>Restaurar versão “%1”</translation>
        </message>
        <message>
            <source>Delete version</source>
            <translation>Excluir versão</translation>
        </message>
        <message>
            <source>Delete the version of %1? This cannot be undone.</source>
            <translation>Excluir a versão de %1? Não dá para desfazer.</translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <source>Votes each:</source>
            <translation>Votos por pessoa:</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>sem limite</translation>
        </message>
        <message>
            <source>Votes per participant in the new round (0: no limit)</source>
            <translation>Votos por participante na nova rodada (0: sem limite)</translation>
        </message>
        <message>
            <source>Open round</source>
            <translation>Abrir rodada</translation>
        </message>
        <message>
            <source>Start a voting round; the list keeps its order until it closes</source>
            <translation>Começar uma rodada de votação; a lista mantém a ordem até ela ser fechada</translation>
        </message>
        <message>
            <source>Close round</source>
            <translation>Fechar rodada</translation>
        </message>
        <message>
            <source>End the round and rank the items by votes</source>
            <translation>Encerrar a rodada e ordenar os itens por votos</translation>
        </message>
        <message>
            <source>Discard round</source>
            <translation>Descartar rodada</translation>
        </message>
        <message>
            <source>Remove the round shown and all its votes (undoable)</source>
            <translation>Remover a rodada mostrada e todos os seus votos (pode ser desfeito)</translation>
        </message>
        <message>
            <source>Voting:</source>
            <translation>Votando:</translation>
        </message>
        <message>
            <source>Who is voting</source>
            <translation>Quem está votando</translation>
        </message>
        <message>
            <source>Ballot: + adds a vote, − takes one back</source>
            <translation>Cédula: + adiciona um voto, − retira um</translation>
        </message>
        <message>
            <source>Facilitator (no name)</source>
            <translation>Facilitador (sem nome)</translation>
        </message>
        <message>
            <source>Round %1</source>
            <translation>Rodada %1</translation>
        </message>
        <message>
            <source>Open voting round</source>
            <translation>Abrir rodada de votação</translation>
        </message>
        <message>
            <source>Close voting round</source>
            <translation>Fechar rodada de votação</translation>
        </message>
        <message numerus="yes">
            <source>%1 closed: %n item(s) got votes.</source>
            <translation>
                <numerusform>%1 fechada: %n item recebeu votos.</numerusform>
                <numerusform>%1 fechada: %n itens receberam votos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard voting round</source>
            <translation>Descartar rodada de votação</translation>
        </message>
        <message>
            <source>Open a round first (Open round).</source>
            <translation>Abra uma rodada primeiro (Abrir rodada).</translation>
        </message>
        <message>
            <source>This file is open read-only; votes cannot be added.</source>
            <translation>Este arquivo está aberto somente para leitura; não dá para votar.</translation>
        </message>
        <message>
            <source>%1 has used all %2 votes.</source>
            <translation>%1 já usou os %2 votos.</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Votar</translation>
        </message>
        <message>
            <source>%1 has no vote on this item to take back.</source>
            <translation>%1 não tem voto neste item para retirar.</translation>
        </message>
        <message>
            <source>Take back vote</source>
            <translation>Retirar voto</translation>
        </message>
        <message>
            <source>The facilitator</source>
            <translation>O facilitador</translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s) each</source>
            <translation>
                <numerusform>%n voto cada</numerusform>
                <numerusform>%n votos cada</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is open · %2 · + / − to vote</source>
            <translation>%1 aberta · %2 · + / − para votar</translation>
        </message>
        <message>
            <source>%1 closed · ranked by votes</source>
            <translation>%1 fechada · ordenada por votos</translation>
        </message>
        <message>
            <source>No voting round yet: choose the votes each and open one.</source>
            <translation>Nenhuma rodada de votação ainda: escolha os votos de cada um e abra uma.</translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s) cast</source>
            <translation>
                <numerusform>%n voto dado</numerusform>
                <numerusform>%n votos dados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n left</source>
            <translation>
                <numerusform>%n restante</numerusform>
                <numerusform>%n restantes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopFeatures</name>
        <message>
            <source>Improvement: %1</source>
            <translation>Melhoria: %1</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtro</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <source>🔒 Structure locked for the workshop: stages and lanes cannot be added, moved, renamed or deleted; cards can. Workshop ▸ Lock structure (Ctrl+L) unlocks.</source>
            <translation type="vanished">🔒 Estrutura travada para a oficina: etapas e raias não podem ser adicionadas, movidas, renomeadas nem excluídas; cartões podem. Oficina ▸ Travar estrutura (Ctrl+L) destrava.</translation>
        </message>
        <message>
            <source>&amp;Start screen…</source>
            <translation>Tela &amp;inicial…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;recente</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferências…</translation>
        </message>
        <message>
            <source>&amp;Filter and views…</source>
            <translation type="vanished">&amp;Filtro e visões…</translation>
        </message>
        <message>
            <source>Quote: “%1”</source>
            <translation>Citação: “%1”</translation>
        </message>
        <message>
            <source>Structure locked for the workshop: stages and lanes cannot be added, moved, renamed or deleted; cards can. Workshop ▸ Lock structure (Ctrl+L) unlocks.</source>
            <translation>Estrutura travada para a oficina: etapas e raias não podem ser adicionadas, movidas, renomeadas nem excluídas; cartões podem. Oficina ▸ Travar estrutura (Ctrl+L) destrava.</translation>
        </message>
        <message>
            <source>Fi&amp;lter and views…</source>
            <translation>&amp;Filtro e visões…</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>Modo &amp;apresentação</translation>
        </message>
        <message>
            <source>&amp;Lock structure</source>
            <translation>&amp;Travar estrutura</translation>
        </message>
        <message>
            <source>Keep a post-workshop &amp;snapshot</source>
            <translation>Guardar um &amp;instantâneo pós-oficina</translation>
        </message>
        <message>
            <source>P&amp;eople in the room…</source>
            <translation>P&amp;essoas na sala…</translation>
        </message>
        <message>
            <source>&amp;Voting…</source>
            <translation>&amp;Votação…</translation>
        </message>
        <message>
            <source>&amp;Agenda…</source>
            <translation>Pa&amp;uta…</translation>
        </message>
        <message>
            <source>&amp;Room: join from phones…</source>
            <translation>&amp;Sala: entrar pelo celular…</translation>
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation>&amp;Oficina</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Guia</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atalhos de teclado</translation>
        </message>
        <message>
            <source>&amp;About Jornada</source>
            <translation>&amp;Sobre o Jornada</translation>
        </message>
        <message>
            <source>No recent maps</source>
            <translation>Nenhum mapa recente</translation>
        </message>
        <message>
            <source>Lock structure</source>
            <translation>Travar estrutura</translation>
        </message>
        <message>
            <source>Unlock structure</source>
            <translation>Destravar estrutura</translation>
        </message>
        <message>
            <source>Structure locked: stages and lanes cannot be moved, renamed or deleted.</source>
            <translation>Estrutura travada: etapas e raias não podem ser movidas, renomeadas nem excluídas.</translation>
        </message>
        <message>
            <source>Structure unlocked.</source>
            <translation>Estrutura destravada.</translation>
        </message>
        <message>
            <source>Post-workshop</source>
            <translation>Pós-oficina</translation>
        </message>
        <message>
            <source>Post-workshop snapshot kept beside the file.</source>
            <translation>Instantâneo pós-oficina guardado ao lado do arquivo.</translation>
        </message>
        <message numerus="yes">
            <source>● Room open · %n people</source>
            <translation>
                <numerusform>● Sala aberta · %n pessoa</numerusform>
                <numerusform>● Sala aberta · %n pessoas</numerusform>
            </translation>
        </message>
        <message>
            <source>About Jornada</source>
            <translation>Sobre o Jornada</translation>
        </message>
        <message>
            <source>&lt;b&gt;Jornada %1&lt;/b&gt;&lt;br&gt;Customer-journey maps for workshops and teams, offline.</source>
            <translation>&lt;b&gt;Jornada %1&lt;/b&gt;&lt;br&gt;Mapas da jornada do cliente para oficinas e equipes, sem internet.</translation>
        </message>
    </context>
    <context>
        <name>_Plurals</name>
        <message numerus="yes">
            <source>%n card(s) tied to it will keep their place without a persona.</source>
            <translation>
                <numerusform>%n cartão ligado a ela continua no lugar, sem persona.</numerusform>
                <numerusform>%n cartões ligados a ela continuam no lugar, sem persona.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dashboard</name>
        <message>
            <source>Insights</source>
            <translation>Indicadores</translation>
        </message>
    </context>
</TS>
